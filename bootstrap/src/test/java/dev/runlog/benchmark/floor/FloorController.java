package dev.runlog.benchmark.floor;

import dev.runlog.benchmark.floor.FloorTokenCheck.FloorCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The four benchmarked requests, answered with the JSON Runlog answers, by hand-written JDBC, for
 * the caller {@link FloorTokenCheck} found: Runlog's ownership rule, a runner reaches only their own
 * user and runs (another's user is missing: 404) and an admin everyone's.
 */
@RestController
class FloorController {

    private final JdbcClient jdbc;

    FloorController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** As Runlog answers a run; the benchmarks log miles, so no unit is converted here. */
    record RunJson(
            long id,
            double distance,
            String unit,
            String mood,
            LocalDate date,
            String start,
            String zone,
            Duration duration,
            Duration pace,
            long userId) {}

    record UserJson(long id, String username, String email, List<RunJson> runs) {}

    record OwnerJson(long id, String username, String email) {}

    record RunWithUserJson(
            long id,
            double distance,
            String unit,
            String mood,
            LocalDate date,
            String start,
            String zone,
            Duration duration,
            Duration pace,
            long userId,
            OwnerJson user) {

        RunWithUserJson(RunJson run, OwnerJson user) {
            this(
                    run.id(),
                    run.distance(),
                    run.unit(),
                    run.mood(),
                    run.date(),
                    run.start(),
                    run.zone(),
                    run.duration(),
                    run.pace(),
                    run.userId(),
                    user);
        }
    }

    record PageJson(List<RunJson> items, String next) {}

    record NewRunJson(double distance, String mood, LocalDate date, Duration duration) {}

    @GetMapping("/api/users/{id}")
    ResponseEntity<UserJson> user(@RequestAttribute(FloorTokenCheck.CALLER) FloorCaller caller, @PathVariable long id) {
        if (!caller.mayAccess(id)) {
            return ResponseEntity.notFound().build();
        }
        UserJson user = jdbc.sql("""
                        select u.id, u.username, u.email,
                               r.id, r.distance, r.mood, r.date, r.duration_seconds, r.user_id,
                               r.distance_unit, r.start_local, r.start_offset_seconds, r.start_zone
                        from user u
                        left join run r on r.user_id = u.id
                        where u.id = ?
                        order by r.id""").param(id).query(rows -> {
            UserJson found = null;
            while (rows.next()) {
                if (found == null) {
                    found = new UserJson(rows.getLong(1), rows.getString(2), rows.getString(3), new ArrayList<>());
                }
                rows.getLong(4);
                if (!rows.wasNull()) {
                    found.runs().add(run(rows, 4));
                }
            }
            return found;
        });
        return user == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(user);
    }

    /** One run and its user, one statement; another runner's run is missing (404), as in Runlog. */
    @GetMapping("/api/runs/{id}")
    ResponseEntity<RunWithUserJson> run(
            @RequestAttribute(FloorTokenCheck.CALLER) FloorCaller caller, @PathVariable long id) {
        List<RunWithUserJson> found = jdbc.sql("""
                        select r.id, r.distance, r.mood, r.date, r.duration_seconds, r.user_id,
                               r.distance_unit, r.start_local, r.start_offset_seconds, r.start_zone,
                               u.id, u.username, u.email
                        from run r
                        join user u on u.id = r.user_id
                        where r.id = ?""")
                .param(id)
                .query((rows, number) -> new RunWithUserJson(
                        run(rows, 1), new OwnerJson(rows.getLong(11), rows.getString(12), rows.getString(13))))
                .list();
        return found.isEmpty() || !caller.mayAccess(found.get(0).userId())
                ? ResponseEntity.notFound().build()
                : ResponseEntity.ok(found.get(0));
    }

    @GetMapping("/api/runs")
    PageJson runs(
            @RequestAttribute(FloorTokenCheck.CALLER) FloorCaller caller,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "20") int limit) {
        RowMapper<RunJson> toRun = (rows, number) -> run(rows, 1);
        List<RunJson> runs = caller.admin()
                ? jdbc.sql("""
                                select r.id, r.distance, r.mood, r.date, r.duration_seconds, r.user_id,
                               r.distance_unit, r.start_local, r.start_offset_seconds, r.start_zone
                                from run r
                                where r.id > ?
                                order by r.id
                                limit ?""").params(after, limit + 1).query(toRun).list()
                : jdbc.sql("""
                                select r.id, r.distance, r.mood, r.date, r.duration_seconds, r.user_id,
                               r.distance_unit, r.start_local, r.start_offset_seconds, r.start_zone
                                from run r
                                where r.id > ? and r.user_id = ?
                                order by r.id
                                limit ?""")
                        .params(after, caller.user(), limit + 1)
                        .query(toRun)
                        .list();
        if (runs.size() <= limit) {
            return new PageJson(runs, null);
        }
        List<RunJson> items = runs.subList(0, limit);
        return new PageJson(items, "/api/runs?after=" + items.get(limit - 1).id() + "&limit=" + limit);
    }

    @PostMapping("/api/users/{id}/runs")
    ResponseEntity<RunJson> log(
            @RequestAttribute(FloorTokenCheck.CALLER) FloorCaller caller,
            @PathVariable long id,
            @RequestBody NewRunJson run) {
        if (!caller.mayAccess(id)) {
            return ResponseEntity.notFound().build();
        }
        LocalDate date = run.date() == null ? LocalDate.now() : run.date();
        Long seconds = run.duration() == null ? null : run.duration().getSeconds();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into run (distance, mood, date, duration_seconds, user_id) values (?, ?, ?, ?, ?)")
                .params(run.distance(), run.mood(), date, seconds, id)
                .update(key);
        long runId = key.getKey().longValue();
        RunJson created = new RunJson(
                runId,
                run.distance(),
                "mi",
                run.mood(),
                date,
                null,
                null,
                run.duration(),
                pace(run.duration(), run.distance()),
                id);
        return ResponseEntity.created(URI.create("/api/runs/" + runId)).body(created);
    }

    /**
     * The run whose columns start at {@code first}: id, distance, mood, date, duration_seconds,
     * user_id, distance_unit, start_local, start_offset_seconds, start_zone.
     */
    private static RunJson run(ResultSet rows, int first) throws SQLException {
        double distance = rows.getDouble(first + 1);
        long seconds = rows.getLong(first + 4);
        Duration duration = rows.wasNull() ? null : Duration.ofSeconds(seconds);
        java.sql.Date date = rows.getDate(first + 3);
        LocalDateTime startLocal = rows.getObject(first + 7, LocalDateTime.class);
        int offsetSeconds = rows.getInt(first + 8);
        String start = startLocal == null
                ? null
                : rows.wasNull()
                        ? startLocal.toString()
                        : OffsetDateTime.of(startLocal, ZoneOffset.ofTotalSeconds(offsetSeconds))
                                .toString();
        return new RunJson(
                rows.getLong(first),
                distance,
                rows.getString(first + 6),
                rows.getString(first + 2),
                date == null ? null : date.toLocalDate(),
                start,
                rows.getString(first + 9),
                duration,
                pace(duration, distance),
                rows.getLong(first + 5));
    }

    private static Duration pace(Duration duration, double miles) {
        return duration == null ? null : Duration.ofSeconds(Math.round(duration.getSeconds() / miles));
    }
}
