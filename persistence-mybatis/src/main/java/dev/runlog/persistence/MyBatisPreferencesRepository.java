package dev.runlog.persistence;

import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.out.PreferencesRepository;
import dev.runlog.persistence.mapper.PreferencesMapper;
import dev.runlog.persistence.mapper.PreferencesRow;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@link PreferencesRepository} port on MariaDB, through the MyBatis {@link PreferencesMapper}:
 * columns of the user's row, whose defaults are a runner's who chose nothing. An unreachable
 * database is reported as the domain's StoreUnavailableException ({@link StoreOutages}).
 */
public class MyBatisPreferencesRepository implements PreferencesRepository {

    private final PreferencesMapper mapper;

    public MyBatisPreferencesRepository(PreferencesMapper mapper) {
        this.mapper = StoreOutages.reportedBy(PreferencesMapper.class, Objects.requireNonNull(mapper, "mapper"));
    }

    @Override
    public Optional<RunnerPreferences> findByUser(UserId user) {
        return Optional.ofNullable(mapper.findByUser(user.value())).map(PreferencesRow::toPreferences);
    }

    @Override
    public boolean save(UserId user, RunnerPreferences preferences) {
        return mapper.save(user.value(), PreferencesRow.of(preferences)) == 1;
    }
}
