package org.oscc.chamberlain.bench;

/** One named benchmark: runs, then returns the Markdown that goes between its markers in docs/performance.md. */
public interface Benchmark {
    String name();

    String run() throws Exception;
}
