/**
 * Where every uploaded and issued file's bytes live (issue 17, point 4): outside the database, in the local data
 * directory by default or on S3-compatible object storage, behind one interface ({@link FileStore}); the database
 * keeps each file's key, size and SHA-256, checked on every read. Modules that still hold bytes in the database
 * declare those columns ({@link DatabaseBytes}) and a resumable mover takes them out. See {@code docs/modules/storage.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "File storage")
package bd.udbhabon.storage;
