package bd.udbhabon.storage.internal;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The move of file bytes out of the database for the Cabinet Division's administrators: how many rows of each
 * declared column are left, and a start in the background (it also runs after every start-up).
 */
@RestController
@Tag(name = "File storage", description = "The move of the file bytes the database still holds into the file store")
class DatabaseBytesMoveApi {

    private final DatabaseBytesMover mover;
    private final BackgroundMove background;

    DatabaseBytesMoveApi(DatabaseBytesMover mover, BackgroundMove background) {
        this.mover = mover;
        this.background = background;
    }

    record Column(String table, String column, long remaining) {
    }

    record MoveStatus(boolean running, List<Column> columns) {
    }

    @Operation(summary = "Rows of each declared column whose file bytes are still in the database, and whether a move runs")
    @GetMapping("/api/v1/storage/database-bytes")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    MoveStatus status() {
        return new MoveStatus(mover.running(), mover.columns().stream()
                .map(c -> new Column(c.table(), c.bytesColumn(), mover.remaining(c))).toList());
    }

    /** 202 with the status when a run started; 200 when one was running already or there is nothing declared. */
    @Operation(summary = "Starts the move in the background (it also runs after every start-up); resumable, one row at a time")
    @PostMapping("/api/v1/storage/database-bytes/move")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    ResponseEntity<MoveStatus> move() {
        boolean started = background.start();
        MoveStatus status = status();
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(new MoveStatus(started || status.running(), status.columns()));
    }
}
