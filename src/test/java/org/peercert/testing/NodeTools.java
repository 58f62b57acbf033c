package org.peercert.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The npm tools of src/test/node (#27, #32), installed once per test server into target/node-tools with {@code npm ci}
 * from the committed lock file: libraries PeerCert did not write, so a mistake shared by the portal's code and its own
 * tests cannot hide. Tests that use them are skipped where Node.js and npm are not installed.
 */
public final class NodeTools {

    private static final Path SOURCES = Path.of(System.getProperty("user.dir"), "src", "test", "node");
    private static final Path INSTALLED = Path.of(System.getProperty("user.dir"), "target", "node-tools");
    private NodeTools() {
    }

    /** Skips the calling test without Node.js; otherwise installs the tools (once for a lock file) and returns their directory. */
    public static synchronized Path installed() throws Exception {
        Assumptions.assumeTrue(runs("node", "--version") && runs("npm", "--version"), "Node.js and npm are not installed");
        assertTrue(Files.isDirectory(SOURCES), "the tools' sources are not at " + SOURCES);
        if (!upToDate()) {
            Files.createDirectories(INSTALLED);
            try (Stream<Path> files = Files.list(SOURCES)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, INSTALLED.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            assertEquals(0, install.exitCode(), "npm ci: " + install.output());
        }
        return INSTALLED;
    }

    private static boolean upToDate() throws IOException {
        Path lock = INSTALLED.resolve("package-lock.json");
        return Files.isDirectory(INSTALLED.resolve("node_modules")) && Files.exists(lock)
                && Files.mismatch(lock, SOURCES.resolve("package-lock.json")) == -1;
    }

    /** Runs a command in the tools' directory, its output and errors together. */
    public static Result run(List<String> command, int seconds) throws Exception {
        Process process = new ProcessBuilder(command).directory(INSTALLED.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within " + seconds + " s: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public record Result(int exitCode, String output) {
    }
}
