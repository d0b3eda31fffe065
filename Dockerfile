# gatehouse as a container image: the single-file bundle (gatehouse and every dependency, templates and schemas
# inside) on Google's distroless Node.js image — no shell, no package manager, no npm, and a non-root user.
#
#   docker build -t gatehouse .
#   docker run --rm --read-only --user "$(id -u):$(id -g)" -v "$PWD:/work" gatehouse scan --snapshot snapshot.json --out reports
#
# The image writes nowhere but the folder given to --out (mount it); the root file system can be read-only, and
# nothing runs as root. The base is a build argument so that an internal mirror (or, as the README describes, a
# base assembled from local parts where no registry is reachable) can stand in for it.
ARG BASE=gcr.io/distroless/nodejs24-debian12:nonroot
FROM ${BASE}

LABEL org.opencontainers.image.title="gatehouse" \
      org.opencontainers.image.description="Read-only security posture scanner for Microsoft Entra ID external identities" \
      org.opencontainers.image.licenses="MIT"

COPY --chmod=0444 bundle/gatehouse.mjs bundle/THIRD-PARTY-NOTICES.txt LICENSE /opt/gatehouse/

# distroless "nonroot" (uid 65532); stated again so a different base cannot silently run the scan as root.
USER 65532:65532
WORKDIR /work
ENV NODE_ENV=production
ENTRYPOINT ["/nodejs/bin/node", "/opt/gatehouse/gatehouse.mjs"]
CMD ["--help"]
