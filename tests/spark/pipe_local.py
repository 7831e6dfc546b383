"""slant on Apache Spark, local mode: the recipe of the README, proved.

Generates DOCS documents from benches/corpus/seed.txt (deterministically), analyses them
once with a plain local run and once through Spark's RDD.pipe (each partition's worker
runs slant's line-in, line-out JSONL filter), and checks that every input id comes back
exactly once with the same report.

usage: python3 tests/spark/pipe_local.py PATH/TO/slant [DOCS] [PARTITIONS]
"""
import json
import os
import random
import subprocess
import sys
import time

from pyspark.sql import SparkSession


def documents(count):
    here = os.path.dirname(os.path.abspath(__file__))
    seed = os.path.join(here, "..", "..", "benches", "corpus", "seed.txt")
    sentences = [l.strip() for l in open(seed, encoding="utf-8") if l.strip().endswith((".", "?", "!"))]
    rng = random.Random(2026)
    docs = []
    for i in range(count):
        paragraphs = [
            " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))
            for _ in range(rng.randint(2, 6))
        ]
        docs.append({"id": f"doc-{i}", "text": f"Article {i}\n\n" + "\n\n".join(paragraphs)})
    return docs


def main():
    binary = os.path.abspath(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    partitions = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    command = [binary, "analyze", "--input-format", "jsonl", "--format", "jsonl", "-"]
    docs = documents(count)
    lines = [json.dumps(d, ensure_ascii=False) for d in docs]

    started = time.time()
    local = subprocess.run(command, input="\n".join(lines).encode(), capture_output=True, check=True)
    expected = {}
    for line in local.stdout.decode().splitlines():
        report = json.loads(line)
        expected[report["id"]] = report
    local_seconds = time.time() - started

    spark = SparkSession.builder.master("local[2]").appName("slant-pipe").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    started = time.time()
    # One slant process per partition reads that partition's documents on stdin and
    # writes one report per line; collect() brings them back (a cluster would write them
    # with saveAsTextFile instead).
    # Spark runs the partitions in parallel, so each slant uses one thread (--jobs 1).
    worker = " ".join(command[:-1] + ["--jobs", "1", "-"])
    piped = spark.sparkContext.parallelize(lines, partitions).pipe(worker).collect()
    spark_seconds = time.time() - started
    spark.stop()

    seen = {}
    for line in piped:
        report = json.loads(line)
        assert "error" not in report, report
        assert report["id"] not in seen, f"{report['id']} came back twice"
        seen[report["id"]] = report
    missing = sorted(set(expected) - set(seen))
    assert not missing, f"{len(missing)} ids missing, e.g. {missing[:3]}"
    assert set(seen) == {d["id"] for d in docs}
    different = [i for i in seen if seen[i] != expected[i]]
    assert not different, f"{len(different)} reports differ from the local run, e.g. {different[:3]}"
    findings = sum(len(r["findings"]) for r in seen.values())
    print(
        f"ok: {count} documents in {partitions} partitions through RDD.pipe, each id back once, "
        f"reports identical to the local run ({findings} findings); "
        f"spark {spark_seconds:.1f} s, local {local_seconds:.1f} s"
    )


if __name__ == "__main__":
    main()
