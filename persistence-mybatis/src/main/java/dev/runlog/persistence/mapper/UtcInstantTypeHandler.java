package dev.runlog.persistence.mapper;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Writes and reads every {@link Instant} as the UTC date and time in a {@code datetime(6)} column,
 * registered for all of them in mybatis-config.xml. MyBatis's own handler goes through
 * {@code java.sql.Timestamp}, whose date and time are the JVM's default time zone's: the stored
 * value would change with the machine, and an hour of each autumn would read back an hour off. A
 * {@link LocalDateTime} is sent and read as it is, so nothing between here and the column (JVM,
 * driver, session or server time zone) converts it.
 *
 * <p>Finer than microseconds is cut off here, not left to the driver and server to round or cut:
 * an instant reads back as what was written, truncated to the microsecond, and a comparison with
 * a stored one compares the same microseconds.
 */
public class UtcInstantTypeHandler extends BaseTypeHandler<Instant> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, Instant instant, JdbcType jdbcType)
            throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    @Override
    public Instant getNullableResult(ResultSet rows, String column) throws SQLException {
        return inUtc(rows.getObject(column, LocalDateTime.class));
    }

    @Override
    public Instant getNullableResult(ResultSet rows, int index) throws SQLException {
        return inUtc(rows.getObject(index, LocalDateTime.class));
    }

    @Override
    public Instant getNullableResult(CallableStatement call, int index) throws SQLException {
        return inUtc(call.getObject(index, LocalDateTime.class));
    }

    private static Instant inUtc(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
