"""Generates certificates.json: X.509 test vectors for the crypto.x509.* built-ins.

Run with the `cryptography` package installed (any 4x release): `python3 generate.py`.
A root CA, an intermediate CA and leaf certificates (RSA, ECDSA and Ed25519 keys; one expired,
one for another host, one for client authentication only), a certificate request and RSA private
keys, each with what the `cryptography` package reads from it (the expectations the tests compare
against; an implementation independent of the engine). Test keys only. The output is committed;
tests never run this script.
"""
import base64, datetime, ipaddress, json
from cryptography import x509
from cryptography.x509.oid import NameOID, ExtendedKeyUsageOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519

UTC = datetime.timezone.utc
START = datetime.datetime(2025, 1, 1, tzinfo=UTC)
END = datetime.datetime(2035, 1, 1, tzinfo=UTC)


def name(cn, org=None, country=None):
    attrs = []
    if country:
        attrs.append(x509.NameAttribute(NameOID.COUNTRY_NAME, country))
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(attrs)


def pem(cert):
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def build(subject, issuer, public, signer, serial, ca=None, sans=None, eku=None, start=START, end=END, key_usage=None):
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(public)
         .serial_number(serial).not_valid_before(start).not_valid_after(end))
    if ca is not None:
        b = b.add_extension(x509.BasicConstraints(ca=True, path_length=ca), critical=True)
    if key_usage:
        b = b.add_extension(key_usage, critical=True)
    if sans:
        b = b.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    if eku:
        b = b.add_extension(x509.ExtendedKeyUsage(eku), critical=False)
    b = b.add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    algorithm = None if isinstance(signer, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return b.sign(signer, algorithm)


def ca_usage():
    return x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
                         key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False)


def leaf_usage():
    return x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=True, data_encipherment=False,
                         key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False)


def expectations(cert):
    try:
        sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        dns = sans.get_values_for_type(x509.DNSName)
        ips = [str(i) for i in sans.get_values_for_type(x509.IPAddress)]
        emails = sans.get_values_for_type(x509.RFC822Name)
        uris = sans.get_values_for_type(x509.UniformResourceIdentifier)
    except x509.ExtensionNotFound:
        dns, ips, emails, uris = [], [], [], []
    try:
        bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        is_ca, path = bc.ca, bc.path_length
    except x509.ExtensionNotFound:
        is_ca, path = False, None
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        bits = [ku.digital_signature, ku.content_commitment, ku.key_encipherment, ku.data_encipherment,
                ku.key_agreement, ku.key_cert_sign, ku.crl_sign]
        key_usage = sum(1 << i for i, b in enumerate(bits) if b)
    except x509.ExtensionNotFound:
        key_usage = 0
    try:
        eku = [o.dotted_string for o in cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value]
    except x509.ExtensionNotFound:
        eku = []
    ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    return {
        "subjectCommonName": cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value,
        "issuerCommonName": cert.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value,
        "serialNumber": str(cert.serial_number),
        "notBefore": cert.not_valid_before_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "notAfter": cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dnsNames": dns, "ipAddresses": ips, "emailAddresses": emails, "uris": uris,
        "isCA": is_ca, "maxPathLen": path, "keyUsage": key_usage, "extKeyUsage": eku,
        "subjectKeyId": base64.b64encode(ski).decode(),
        "der": base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode(),
    }


root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
root = build(name("Purser Test Root", "Purser Test", "US"), name("Purser Test Root", "Purser Test", "US"),
             root_key.public_key(), root_key, 1, ca=1, key_usage=ca_usage())
inter_key = ec.generate_private_key(ec.SECP256R1())
inter = build(name("Purser Test Intermediate", "Purser Test"), root.subject, inter_key.public_key(), root_key,
              0x1F2E3D4C5B6A79880011223344556677, ca=0, key_usage=ca_usage())

leaf_key = ec.generate_private_key(ec.SECP256R1())
sans = [x509.DNSName("api.purser.test"), x509.DNSName("*.models.purser.test"), x509.IPAddress(ipaddress.ip_address("10.1.2.3")),
        x509.IPAddress(ipaddress.ip_address("2001:db8::1")), x509.RFC822Name("platform@purser.test"),
        x509.UniformResourceIdentifier("spiffe://purser.test/ns/ai-prod/sa/gateway")]
leaf = build(name("api.purser.test"), inter.subject, leaf_key.public_key(), inter_key, 4242, sans=sans,
             eku=[ExtendedKeyUsageOID.SERVER_AUTH], key_usage=leaf_usage())
expired = build(name("old.purser.test"), inter.subject, leaf_key.public_key(), inter_key, 4243,
                sans=[x509.DNSName("old.purser.test")], eku=[ExtendedKeyUsageOID.SERVER_AUTH],
                start=datetime.datetime(2020, 1, 1, tzinfo=UTC), end=datetime.datetime(2021, 1, 1, tzinfo=UTC))
client = build(name("client.purser.test"), inter.subject, leaf_key.public_key(), inter_key, 4244,
               sans=[x509.DNSName("client.purser.test")], eku=[ExtendedKeyUsageOID.CLIENT_AUTH])
ed_key = ed25519.Ed25519PrivateKey.generate()
ed_self = build(name("ed25519.purser.test"), name("ed25519.purser.test"), ed_key.public_key(), ed_key, 7)

other_root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
other_root = build(name("Other Root"), name("Other Root"), other_root_key.public_key(), other_root_key, 2, ca=1, key_usage=ca_usage())

csr_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
csr = (x509.CertificateSigningRequestBuilder().subject_name(name("request.purser.test", "Purser Test"))
       .add_extension(x509.SubjectAlternativeName([x509.DNSName("request.purser.test"), x509.DNSName("alt.purser.test")]), critical=False)
       .sign(csr_key, hashes.SHA256()))

numbers = csr_key.private_numbers()


def b64url(n):
    return base64.urlsafe_b64encode(n.to_bytes((n.bit_length() + 7) // 8, "big")).rstrip(b"=").decode()


out = {
    "root": {"pem": pem(root), **expectations(root)},
    "intermediate": {"pem": pem(inter), **expectations(inter)},
    "leaf": {"pem": pem(leaf), **expectations(leaf)},
    "expired": {"pem": pem(expired), **expectations(expired)},
    "client": {"pem": pem(client), **expectations(client)},
    "ed25519": {"pem": pem(ed_self), **expectations(ed_self)},
    "otherRoot": {"pem": pem(other_root)},
    "leafKey": leaf_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode(),
    "leafKeySEC1": leaf_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode(),
    "rootKey": root_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode(),
    "request": {
        "pem": csr.public_bytes(serialization.Encoding.PEM).decode(),
        "der": base64.b64encode(csr.public_bytes(serialization.Encoding.DER)).decode(),
        "subjectCommonName": "request.purser.test", "dnsNames": ["request.purser.test", "alt.purser.test"],
    },
    "rsaKey": {
        "pkcs1": csr_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                       serialization.NoEncryption()).decode(),
        "pkcs8": csr_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()).decode(),
        "jwk": {"kty": "RSA", "n": b64url(numbers.public_numbers.n), "e": b64url(numbers.public_numbers.e), "d": b64url(numbers.d),
                "p": b64url(numbers.p), "q": b64url(numbers.q), "dp": b64url(numbers.dmp1), "dq": b64url(numbers.dmq1),
                "qi": b64url(numbers.iqmp)},
        "modulusDecimal": str(numbers.public_numbers.n),
    },
}
with open("certificates.json", "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
