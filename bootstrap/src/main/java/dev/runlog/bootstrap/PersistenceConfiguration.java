package dev.runlog.bootstrap;

import dev.runlog.persistence.MyBatisAccessTokenRepository;
import dev.runlog.persistence.MyBatisCredentialRepository;
import dev.runlog.persistence.MyBatisPreferencesRepository;
import dev.runlog.persistence.MyBatisRunRepository;
import dev.runlog.persistence.MyBatisSignInFailureRepository;
import dev.runlog.persistence.MyBatisUserRepository;
import dev.runlog.persistence.mapper.AccessTokenMapper;
import dev.runlog.persistence.mapper.CredentialMapper;
import dev.runlog.persistence.mapper.PreferencesMapper;
import dev.runlog.persistence.mapper.RunMapper;
import dev.runlog.persistence.mapper.SignInFailureMapper;
import dev.runlog.persistence.mapper.UserMapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbound side: the MyBatis adapter's repositories, built on the mapper interfaces.
 * mybatis-spring-boot-starter makes the SqlSessionFactory from the adapter's own
 * mybatis-config.xml (see application.properties); {@link MapperScan} turns each mapper interface
 * into a thread-safe bean that joins the Spring transaction of the calling use case, if any.
 */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackageClasses = UserMapper.class)
class PersistenceConfiguration {

    @Bean
    MyBatisUserRepository userRepository(UserMapper mapper) {
        return new MyBatisUserRepository(mapper);
    }

    @Bean
    MyBatisRunRepository runRepository(RunMapper mapper) {
        return new MyBatisRunRepository(mapper);
    }

    @Bean
    MyBatisCredentialRepository credentialRepository(CredentialMapper mapper) {
        return new MyBatisCredentialRepository(mapper);
    }

    @Bean
    MyBatisAccessTokenRepository accessTokenRepository(AccessTokenMapper mapper) {
        return new MyBatisAccessTokenRepository(mapper);
    }

    @Bean
    MyBatisPreferencesRepository preferencesRepository(PreferencesMapper mapper) {
        return new MyBatisPreferencesRepository(mapper);
    }

    @Bean
    MyBatisSignInFailureRepository signInFailureRepository(SignInFailureMapper mapper) {
        return new MyBatisSignInFailureRepository(mapper);
    }
}
