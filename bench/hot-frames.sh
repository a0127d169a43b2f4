#!/usr/bin/env bash
# Summarises a Java Flight Recording from a benchmark (PROFILE=… in bench/storefront.sh or bench/orders.sh): the
# methods most often on top of the stack, and the share of samples that pass through each of a few libraries.
#
#   bench/hot-frames.sh target/storefront.jfr [how many top methods, 15]
set -euo pipefail
jfr print --events jdk.ExecutionSample --stack-depth 64 "$1" | python3 -c '
import collections, re, sys
top = collections.Counter()
through = collections.Counter()
samples = 0
groups = [("Hibernate query translation (SQM to SQL)", r"org\.hibernate\.query\.sqm\.(sql|internal\.ConcreteSqm|internal\.QuerySqmImpl\.resolve)|org\.hibernate\.sql\.ast\.spi\.Abstract"),
          ("Hibernate, all", r"org\.hibernate\."), ("JDBC driver", r"com\.mysql\."), ("Qute", r"io\.quarkus\.qute\."),
          ("Vert.x and Netty", r"io\.vertx\.|io\.netty\."), ("JWT verification", r"org\.jose4j\.|io\.smallrye\.jwt\."),
          ("Narayana transactions", r"com\.arjuna\."), ("Agroal pool", r"io\.agroal\."), ("Jackson", r"com\.fasterxml\."),
          ("compression", r"java\.util\.zip\.|Deflater")]
for event in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>]+\(.*?\))\s+line:", event, re.M)
    if not frames:
        continue
    samples += 1
    top[frames[0].split("(")[0]] += 1
    for name, pattern in groups:
        if any(re.search(pattern, f) for f in frames):
            through[name] += 1
print(f"{samples} samples")
print("top of stack:")
for method, n in top.most_common(int(sys.argv[1])):
    print(f"  {100 * n / samples:5.1f} %  {method}")
print("samples passing through:")
for name, _ in groups:
    print(f"  {100 * through[name] / max(samples, 1):5.1f} %  {name}")
' "${2:-15}"
