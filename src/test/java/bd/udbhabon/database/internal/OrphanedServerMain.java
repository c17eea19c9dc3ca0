package bd.udbhabon.database.internal;

import java.nio.file.Path;

/** Run in a child JVM by the tests: starts the embedded server, says so, and waits to be killed. */
public final class OrphanedServerMain {

    public static void main(String[] args) throws Exception {
        var server = EmbeddedDatabaseServer.start(Path.of(args[0]), 0, false);
        try (var c = java.sql.DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.OWNER, server.password());
             var s = c.createStatement()) {
            s.execute("create table if not exists note (text text)");
            s.execute("insert into note values ('written before the kill')");
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
