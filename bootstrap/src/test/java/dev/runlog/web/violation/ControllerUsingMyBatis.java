package dev.runlog.web.violation;

import org.apache.ibatis.session.SqlSession;

/** Breaks the MyBatis rule on purpose (SQL from a controller); see ArchitectureRulesCatchViolationsTest. */
public class ControllerUsingMyBatis {

    public Object user(SqlSession session, long id) {
        return session.selectOne("dev.runlog.persistence.mapper.UserMapper.findById", id);
    }
}
