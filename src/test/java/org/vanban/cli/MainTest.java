package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();

    @Test
    void helpListsExitCodesAndExitsZero() {
        assertEquals(0, cli.run("--help"));
        assertTrue(out.toString().contains("Exit codes:"), out.toString());
        assertTrue(out.toString().contains("some files failed"), out.toString());
    }

    @Test
    void versionNamesTheProgram() {
        assertEquals(0, cli.run("--version"));
        assertTrue(out.toString().startsWith("vanban "), out.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), cli.run("--no-such-option"));
        assertTrue(err.toString().contains("--no-such-option"), err.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), cli.run());
    }
}
