package dev.runlog.domain.port.in;

/** Revokes the token a request came with. */
public interface SignOutUseCase {

    /** Revokes this token at once; nothing happens for a token that signs no one in. */
    void signOut(String bearerToken);
}
