package dev.runlog.persistence.violation;

import org.mybatis.spring.SqlSessionTemplate;

/** Breaks the mybatis-spring rule on purpose (wiring outside bootstrap); see ArchitectureRulesCatchViolationsTest. */
public class AdapterUsingMyBatisSpring {

    public Object user(SqlSessionTemplate template, long id) {
        return template.selectOne("dev.runlog.persistence.mapper.UserMapper.findById", id);
    }
}
