package graph.plan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community in this JVM with Bolt on 127.0.0.1 and authentication on.
 *
 * Configuration comes from the environment so the shell script stays the only place
 * that decides ports and folders:
 *   NEO4J_HOME_DIR   folder for data, logs and transactions (required)
 *   NEO4J_BOLT_PORT  Bolt port (default 7687)
 *   NEO4J_PASSWORD   password of the user "neo4j" (required; never the default "neo4j")
 *   NEO4J_PAGECACHE  page cache size, e.g. "1g" (default 1g)
 *
 * Prints "NEO4J READY bolt://127.0.0.1:PORT" once Bolt accepts connections and
 * shuts the database down cleanly on SIGTERM/SIGINT.
 */
public final class Neo4jLauncher {
  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    String home = require(env, "NEO4J_HOME_DIR");
    String password = require(env, "NEO4J_PASSWORD");
    if (password.equals("neo4j") || password.length() < 8) {
      fail("NEO4J_PASSWORD must be at least 8 characters and not the default 'neo4j'");
    }
    int boltPort = Integer.parseInt(env.getOrDefault("NEO4J_BOLT_PORT", "7687"));
    long pageCache = ByteUnit.parse(env.getOrDefault("NEO4J_PAGECACHE", "1g"));

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(Path.of(home))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
            // Transaction logs are for recovery here, not for backups: keep about 1 GB (Neo4j
            // keeps two days by default, which an ingest of a thousand documents filled the
            // disk with), checkpointing at least every 256 MB written so the old ones go.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "1G size")
            .setConfig(GraphDatabaseSettings.check_point_interval_volume, ByteUnit.mebiBytes(256))
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
            .setConfig(HttpConnector.enabled, false)
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    // The embedded API is not subject to authentication, so this is where the password
    // the project chose replaces Neo4j's default one (and stays in sync if it changes).
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (QueryExecutionException e) {
      // On every start after the first the password is already the chosen one.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        System.err.println("neo4j-launcher: could not set the password: " + e.getMessage());
        dbms.shutdown();
        System.exit(1);
      }
    }

    System.out.println("NEO4J READY bolt://127.0.0.1:" + boltPort);
    System.out.flush();
    try {
      Thread.currentThread().join();
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  private static String require(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      fail(name + " is not set");
    }
    return value;
  }

  private static void fail(String message) {
    System.err.println("neo4j-launcher: " + message);
    System.exit(2);
  }
}
