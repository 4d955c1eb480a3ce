package dev.runlog.persistence.mapper;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Reads a {@code date} column as stored, whatever stored it. MariaDB's default mode keeps dates
 * that name no day ({@code 0000-00-00}, {@code 2024-00-00}); the driver reads the first as none
 * but fails the whole read on the second. Such a date reads as none, as a run logged before
 * Runlog kept dates does. Every real day reads as itself, decoded by the driver as usual.
 */
public class StoredDateTypeHandler extends BaseTypeHandler<LocalDate> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, LocalDate date, JdbcType jdbcType)
            throws SQLException {
        statement.setObject(index, date);
    }

    @Override
    public LocalDate getNullableResult(ResultSet rows, String column) throws SQLException {
        try {
            return rows.getObject(column, LocalDate.class); // the driver's own decoding: the usual case
        } catch (SQLDataException noSuchDay) {
            return null;
        }
    }

    @Override
    public LocalDate getNullableResult(ResultSet rows, int index) throws SQLException {
        try {
            return rows.getObject(index, LocalDate.class);
        } catch (SQLDataException noSuchDay) {
            return null;
        }
    }

    @Override
    public LocalDate getNullableResult(CallableStatement call, int index) throws SQLException {
        try {
            return call.getObject(index, LocalDate.class);
        } catch (SQLDataException noSuchDay) {
            return null;
        }
    }
}
