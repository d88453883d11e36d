"""Generates tokens.json: public-key JWS test vectors for io.jwt.verify_* and decode_verify.

Run with the `cryptography` package installed (any 4x release): `python3 generate.py`.
Each algorithm gets a fresh key, one token signed with it, the public key as a PEM SPKI key, a
self-signed PEM certificate and a JWK, and the private key as a JWK (test keys, nothing else). The output is committed; tests never run this script.
"""
import base64, datetime, json
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519, padding, utils


def b64(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def uint(n, size=None):
    size = size or (n.bit_length() + 7) // 8
    return n.to_bytes(size, "big")


def certificate(key, public, signing_hash):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "purser-test")])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(public)
               .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=3650)))
    return builder.sign(key, signing_hash).public_bytes(serialization.Encoding.PEM).decode()


payload = {"iss": "purser", "sub": "ai-prod/chat", "aud": "admission", "exp": 4102444800, "nbf": 1700000000}
hashes_by_bits = {256: hashes.SHA256(), 384: hashes.SHA384(), 512: hashes.SHA512()}
vectors = []
for alg in ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]:
    header = {"alg": alg, "typ": "JWT"}
    signing_input = (b64(json.dumps(header, separators=(",", ":")).encode()) + "." +
                     b64(json.dumps(payload, separators=(",", ":")).encode())).encode()
    if alg.startswith(("RS", "PS")):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        h = hashes_by_bits[int(alg[2:])]
        pad = padding.PKCS1v15() if alg.startswith("RS") else padding.PSS(mgf=padding.MGF1(h), salt_length=h.digest_size)
        signature = key.sign(signing_input, pad, h)
        numbers = key.public_key().public_numbers()
        jwk = {"kty": "RSA", "n": b64(uint(numbers.n)), "e": b64(uint(numbers.e))}
        private = key.private_numbers()
        private_jwk = dict(jwk, d=b64(uint(private.d)), p=b64(uint(private.p)), q=b64(uint(private.q)))
        cert = certificate(key, key.public_key(), hashes.SHA256())
    elif alg.startswith("ES"):
        bits = int(alg[2:])
        curve, size, crv = {256: (ec.SECP256R1(), 32, "P-256"), 384: (ec.SECP384R1(), 48, "P-384"), 512: (ec.SECP521R1(), 66, "P-521")}[bits]
        key = ec.generate_private_key(curve)
        r, s = utils.decode_dss_signature(key.sign(signing_input, ec.ECDSA(hashes_by_bits[bits])))
        signature = uint(r, size) + uint(s, size)
        numbers = key.public_key().public_numbers()
        jwk = {"kty": "EC", "crv": crv, "x": b64(uint(numbers.x, size)), "y": b64(uint(numbers.y, size))}
        private_jwk = dict(jwk, d=b64(uint(key.private_numbers().private_value, size)))
        cert = certificate(key, key.public_key(), hashes_by_bits[bits])
    else:
        key = ed25519.Ed25519PrivateKey.generate()
        signature = key.sign(signing_input)
        raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        jwk = {"kty": "OKP", "crv": "Ed25519", "x": b64(raw)}
        private_jwk = dict(jwk, d=b64(key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())))
        cert = certificate(key, key.public_key(), None)
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    vectors.append({"alg": alg, "token": signing_input.decode() + "." + b64(signature), "pem": pem, "certificate": cert, "jwk": jwk, "privateJWK": private_jwk})

with open("tokens.json", "w") as out:
    json.dump({"payload": payload, "vectors": vectors}, out, indent=1)
    out.write("\n")
