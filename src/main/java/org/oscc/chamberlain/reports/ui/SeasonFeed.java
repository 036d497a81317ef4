package org.oscc.chamberlain.reports.ui;

import java.nio.file.Path;

/** Writes the season's calendar (every scheduled or held pitch night) to a file; returns how many it lists. */
@FunctionalInterface
public interface SeasonFeed {
    int write(Path out) throws Exception;
}
