// Starts Neo4j Community 5.26 embedded with Bolt on 127.0.0.1:<port>, for tests and for users
// without Docker. Run as a single-file program:
//   java -cp '<lib>/*' Launcher.java <dataDir> <port> [pagecache] [auth]
// Auth is off unless the fourth argument is "auth" (then user neo4j starts with password neo4j,
// which must be changed before first use, as on a fresh Neo4j server).
// Prints "READY bolt://127.0.0.1:<port>" once the default database is available.
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "neo4j-data").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
        String pagecache = args.length > 2 ? args[2] : "256m";
        boolean auth = args.length > 3 && args[3].equals("auth");
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, auth)
            .setConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pagecache))
            .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        if (!dbms.database("neo4j").isAvailable(120_000L)) {
            System.err.println("Neo4j did not become available");
            System.exit(2);
        }
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
