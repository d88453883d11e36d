# syntax=docker/dockerfile:1
# Purser's container image: `purser up` and every other subcommand, as a non-root user, on a
# root filesystem that may be mounted read-only (everything written goes to --data).
#
#   docker build -t purser .
#   docker run --rm -p 8080:8080 -v purser-data:/data purser up --host 0.0.0.0 --data /data
#
# Build stage: the official Swift toolchain image; the Swift runtime is linked statically
# (--static-swift-stdlib), so the final stage needs only the C libraries Purser calls.
FROM swift:6.3.1-noble AS build
RUN export DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true \
    && apt-get -q update \
    && apt-get -q install -y --no-install-recommends libsqlite3-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /build
# Resolve first, so the dependency layer is cached while only the sources change.
COPY ./Package.swift ./
RUN swift package resolve
COPY ./Sources ./Sources
COPY ./Tests ./Tests
COPY ./fuzz ./fuzz
RUN swift build -c release --product purser --static-swift-stdlib
WORKDIR /staging
RUN cp "$(swift build --package-path /build -c release --show-bin-path)/purser" ./ \
    && find -L "$(swift build --package-path /build -c release --show-bin-path)/" -maxdepth 1 -regex '.*\.resources$' -exec cp -Ra {} ./ \;

# Run stage: Ubuntu of the same release as the toolchain image, plus what Purser needs at run
# time: git (it reads the fleet repo through git), SQLite (the ledger), libcurl (HTTP clients
# of Foundation), CA certificates and time zones.
FROM ubuntu:noble
RUN export DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true \
    && apt-get -q update \
    && apt-get -q install -y --no-install-recommends git libsqlite3-0 libcurl4t64 ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --gid 65532 purser \
    && useradd --uid 65532 --gid 65532 --no-create-home --home-dir /data --shell /usr/sbin/nologin purser \
    && mkdir -p /data \
    && chown 65532:65532 /data
WORKDIR /app
COPY --from=build /staging/ /app/
# The examples are what `purser up` without --repo seeds a demo fleet and ledger from.
COPY ./examples /app/examples
ENV HOME=/data
USER 65532:65532
EXPOSE 8080
VOLUME ["/data"]
ENTRYPOINT ["/app/purser"]
CMD ["up", "--host", "0.0.0.0", "--data", "/data"]
