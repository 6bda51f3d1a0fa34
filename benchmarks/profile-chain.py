#!/usr/bin/env python3
"""Where a St. Olavs replication-year spends an event (cycles, instructions, misses), by compiled
method and by single machine instruction: the profiling method of the tuning rounds 8-11 as one
command (git show 91bd86e:benchmarks/README.md). Linux only; needs perf, objdump, jcmd and a built
benchmarks.jar.

    benchmarks/profile-chain.py [--jar benchmarks/target/benchmarks.jar] [--event cycles]
                                [--period 20000] [--reps 600] [--top 25] [--region stolav]

What it does:
 1. runs ChainCounters (40 warm-up replications, then --reps measured ones) with perf record
    sampling --event on the benchmark thread only (ChainCounters attaches perf after the warm-up);
 2. once C2 has compiled the model (after the warm-up), asks the JVM for its code map
    (jcmd <pid> Compiler.perfmap) and copies the compiled code of the model's classes out of the
    live process (/proc/<pid>/mem), so samples can be attributed to single instructions: a JIT's code
    is gone when the JVM exits;
 3. prints the share of the samples per compiled method (inlined callees count in their caller) and
    the --top single instructions with the three instructions before each. Samples land a little
    after the instruction that caused them (skid): read the context, not only the line.

Results and the copied code stay in a temporary directory (printed); nothing is written elsewhere.
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile
import time

MODEL_CLASSES = ("org.akuttsim.chain", "org.akuttsim.engine", "org.akuttsim.random", "org.akuttsim.stats")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jar", default="benchmarks/target/benchmarks.jar")
    ap.add_argument("--event", default="cycles")
    ap.add_argument("--period", type=int, default=20000)
    ap.add_argument("--reps", type=int, default=600)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--region", default="stolav")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="chain-profile-")
    data = os.path.join(work, "perf.data")
    java = subprocess.Popen(
        ["java", "-Xms512m", "-Xmx512m", "-Dperf.events=" + a.event, "-Dperf.record=" + data,
         "-Dperf.period=" + str(a.period), "-cp", a.jar, "org.akuttsim.benchmarks.ChainCounters",
         "40", str(a.reps), a.region],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # The warm-up replications take ~3-5 s; by ~15 s C2 has compiled the hot methods for good.
    time.sleep(15)
    if java.poll() is not None:
        sys.exit("ChainCounters ended before the code could be copied: " + java.stdout.read())
    subprocess.run(["jcmd", str(java.pid), "Compiler.perfmap"], check=True, stdout=subprocess.DEVNULL)
    methods = copy_code(java.pid, work)
    out, _ = java.communicate()
    print(out.strip())
    script = subprocess.run(["perf", "script", "-i", data, "-F", "ip"], capture_output=True, text=True, check=True)
    samples = collections.Counter(int(line, 16) for line in script.stdout.split())
    report(samples, methods, a.top)
    print("perf data and copied code:", work)


def copy_code(pid, work):
    """[(start, size, name, file)] of the model's compiled methods, their code copied to files."""
    methods = []
    with open(f"/tmp/perf-{pid}.map") as m, open(f"/proc/{pid}/mem", "rb") as mem:
        for line in m:
            start, size, name = line.rstrip("\n").split(" ", 2)
            if not any(c in name for c in MODEL_CLASSES):
                continue
            start, size = int(start, 16), int(size, 16)
            mem.seek(start)
            path = os.path.join(work, f"code_{start:x}.bin")
            with open(path, "wb") as f:
                f.write(mem.read(size))
            methods.append((start, size, name, path))
    return methods


def report(samples, methods, top):
    total = sum(samples.values())
    by_method = collections.Counter()
    owner = {}
    for ip, n in samples.items():
        for start, size, name, path in methods:
            if start <= ip < start + size:
                by_method[(start, name)] += n
                owner[ip] = (start, name, path)
                break
    kernel = sum(n for ip, n in samples.items() if ip >= 1 << 63)
    print(f"\n{total} samples; {sum(by_method.values()) / total:.1%} in the model's compiled code, "
          f"{kernel / total:.1%} in the OS kernel (mostly perf's own interrupts), the rest in JVM stubs and the JDK")
    print("share  method (one compiled copy; inlined callees included)")
    for (start, name), n in by_method.most_common(20):
        print(f"{n / total:6.2%}  {name[:110]}")
    print(f"\nthe {top} single instructions with most samples (with the three before each):")
    listings = {}
    for ip, n in samples.most_common():
        if top == 0:
            break
        if ip not in owner:
            continue
        start, name, path = owner[ip]
        if start not in listings:
            listings[start] = disassemble(start, path)
        lines = listings[start]
        k = next((i for i, (addr, _) in enumerate(lines) if addr == ip), None)
        context = " | ".join(text for _, text in lines[max(0, k - 3):k + 1]) if k is not None else "?"
        short = name.split("(")[0].rsplit(".", 1)[-1]
        print(f"{n / total:6.2%}  {short}+{ip - start:#x}: {context[:140]}")
        top -= 1


def disassemble(start, path):
    out = subprocess.run(["objdump", "-D", "-b", "binary", "-mi386:x86-64", f"--adjust-vma={start:#x}", path],
                         capture_output=True, text=True, check=True).stdout
    lines = []
    for line in out.splitlines():
        if ":\t" in line:
            addr, rest = line.split(":", 1)
            lines.append((int(addr.strip(), 16), rest.split("\t")[-1].strip()))
    return lines


if __name__ == "__main__":
    main()
