package dev.runlog.persistence.mapper;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * Reads a {@code datetime} column as stored, whatever stored it, as {@link StoredDateTypeHandler}
 * reads a date: a datetime on a day that does not exist ({@code 2024-00-00 07:30:00}), which
 * MariaDB's default mode keeps, reads as none instead of failing the whole read. Every real time
 * reads as itself, to the second, with no time zone applied (the driver's own decoding).
 */
public class StoredDateTimeTypeHandler extends BaseTypeHandler<LocalDateTime> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, LocalDateTime time, JdbcType jdbcType)
            throws SQLException {
        statement.setObject(index, time);
    }

    @Override
    public LocalDateTime getNullableResult(ResultSet rows, String column) throws SQLException {
        try {
            return rows.getObject(column, LocalDateTime.class);
        } catch (SQLDataException noSuchDay) {
            return null;
        }
    }

    @Override
    public LocalDateTime getNullableResult(ResultSet rows, int index) throws SQLException {
        try {
            return rows.getObject(index, LocalDateTime.class);
        } catch (SQLDataException noSuchDay) {
            return null;
        }
    }

    @Override
    public LocalDateTime getNullableResult(CallableStatement call, int index) throws SQLException {
        try {
            return call.getObject(index, LocalDateTime.class);
        } catch (SQLDataException noSuchDay) {
            return null;
        }
    }
}
