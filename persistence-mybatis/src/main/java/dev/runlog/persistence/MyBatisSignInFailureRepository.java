package dev.runlog.persistence;

import dev.runlog.domain.port.out.SignInFailureRepository;
import dev.runlog.persistence.mapper.SignInFailureMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The {@link SignInFailureRepository} port on MariaDB, through the MyBatis {@link SignInFailureMapper}.
 * Accounts and client addresses are kept as SHA-256 digests (see the V5 migration for why): a
 * fixed size for any length typed, and still exact. An unreachable database is reported as the
 * domain's StoreUnavailableException ({@link StoreOutages}).
 */
public class MyBatisSignInFailureRepository implements SignInFailureRepository {

    private final SignInFailureMapper mapper;

    public MyBatisSignInFailureRepository(SignInFailureMapper mapper) {
        this.mapper = StoreOutages.reportedBy(SignInFailureMapper.class, Objects.requireNonNull(mapper, "mapper"));
    }

    @Override
    public List<Instant> failuresSince(String account, String clientAddress, Instant since) {
        return mapper.failuresSince(digestOf(account), digestOf(clientAddress), since);
    }

    @Override
    public void add(String account, String clientAddress, Instant at) {
        mapper.insert(digestOf(account), digestOf(clientAddress), at);
    }

    @Override
    public void removeAll(String account, String clientAddress) {
        mapper.deleteAll(digestOf(account), digestOf(clientAddress));
    }

    @Override
    public void removeBefore(Instant before) {
        mapper.deleteBefore(before);
    }

    /**
     * SHA-256 in hex of the text's UTF-16 code units, which every Java string has, unlike UTF-8
     * (a lone surrogate, which anyone can type in JSON, becomes "?" there, and two texts one).
     */
    static String digestOf(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_16BE)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
