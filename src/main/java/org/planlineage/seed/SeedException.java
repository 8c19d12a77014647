package org.planlineage.seed;

import java.util.List;

/** The seed files are invalid; nothing was written. Each problem names the file, the line and the reason. */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super(problems.size() + " problem(s) in graph-seed, nothing was loaded:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
