package dev.runlog.persistence.mapper;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@code date} column as stored, whatever stored it. MariaDB's default mode keeps dates
 * that name no day ({@code 0000-00-00}, {@code 2024-00-00}), which the driver cannot turn into a
 * {@link LocalDate} and would fail the whole read with; such a date reads as none, as a run
 * logged before Runlog kept dates does. Every real day reads as itself.
 */
public class StoredDateTypeHandler extends BaseTypeHandler<LocalDate> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, LocalDate date, JdbcType jdbcType)
            throws SQLException {
        statement.setObject(index, date);
    }

    @Override
    public LocalDate getNullableResult(ResultSet rows, String column) throws SQLException {
        return dayOf(rows.getString(column));
    }

    @Override
    public LocalDate getNullableResult(ResultSet rows, int index) throws SQLException {
        return dayOf(rows.getString(index));
    }

    @Override
    public LocalDate getNullableResult(CallableStatement call, int index) throws SQLException {
        return dayOf(call.getString(index));
    }

    private static LocalDate dayOf(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return LocalDate.parse(stored);
        } catch (DateTimeParseException noSuchDay) {
            return null;
        }
    }
}
