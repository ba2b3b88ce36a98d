package io.relink.security;

import io.relink.workspaces.control.Members;
import io.relink.workspaces.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;

/**
 * Signs members in to the pages: the e-mail address and a password checked against its PBKDF2 hash.
 * The member's role (OWNER, ADMIN, VIEWER) becomes their one group.
 */
@ApplicationScoped
public class MemberIdentityStore implements IdentityStore {

    /** Verified against when the e-mail is unknown, so that timing does not reveal who exists. */
    private static final String DUMMY_HASH =
            "PBKDF2WithHmacSHA256:10000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @Inject Members members;
    @Inject Pbkdf2PasswordHash passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Member> member = members.byEmail(credential.getCaller());
        String hash = member.map(Member::passwordHash).orElse(DUMMY_HASH);
        boolean matches;
        try {
            matches = passwords.verify(credential.getPassword().getValue(), hash);
        } catch (IllegalArgumentException malformedHash) {
            matches = false;
        }
        if (member.isEmpty() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(member.get().email(), member.get().role().groups());
    }
}
