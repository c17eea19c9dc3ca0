package bd.udbhabon.storage;

/**
 * A column of a module's own table that held file bytes in the database before issue 17, declared as a bean by
 * that module so the mover can take its rows out into the {@link FileStore}: for each row with bytes and no file
 * yet, the bytes are stored and, in one statement, {@code fileIdColumn} set and {@code bytesColumn} cleared. Row by
 * row, each in its own transaction, so the move can be stopped and resumed at any point.
 *
 * @param table        the owner's table
 * @param idColumn     its primary key (bigint)
 * @param bytesColumn  the {@code bytea} column (nullable once moved)
 * @param fileIdColumn the {@code bigint references stored_file} column that replaces it
 */
public record DatabaseBytes(String table, String idColumn, String bytesColumn, String fileIdColumn) {

    public DatabaseBytes {
        for (String name : new String[] {table, idColumn, bytesColumn, fileIdColumn}) {
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain SQL name: " + name);
            }
        }
    }
}
