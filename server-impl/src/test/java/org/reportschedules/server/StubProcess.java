package org.reportschedules.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stub started as its own process, through the command's main method, as the runnable jar starts it. */
final class StubProcess {

    private static final Pattern SERVING = Pattern.compile("serving at (http://\\S+) ");

    private StubProcess() {
    }

    /** The test's own java and class path; leading -D arguments go to the JVM, the rest to the stub. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        List<String> stubArgs = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("-D") ? command : stubArgs).add(arg);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StubServerCommand.class.getName()));
        command.addAll(stubArgs);
        return command;
    }

    /** Reads the start-up line for the port, then keeps reading so the stub never blocks on a full pipe. */
    static URI servingUri(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return URI.create(serving.group(1));
            }
        }
        throw new IllegalStateException("The stub ended before serving (exit " + process.exitValue() + ")");
    }
}
