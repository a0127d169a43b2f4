package vn.chophien.account;

import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the account endpoints answer. */
public final class AccountViews {

    private AccountViews() {
    }

    public record AccountView(long id, String phone, String name, Set<Role> roles) {
        static AccountView of(Account account) {
            return new AccountView(account.id, account.phone, account.name, new TreeSet<>(account.roles));
        }
    }

    /** The signed-in account; the optional ids say which seller, post office or province it acts for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(long id, String phone, String name, Set<Role> roles, Long sellerId, Long postOfficeId,
            String provinceCode) {
        static Me of(Account account, Long sellerId) {
            return new Me(account.id, account.phone, account.name, new TreeSet<>(account.roles), sellerId,
                    account.postOfficeId, account.provinceCode);
        }
    }

    public record Token(String accessToken, long expiresIn) {
    }
}
