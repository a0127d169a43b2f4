package vn.chophien.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Accounts by their login. */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByPhone(String phone) {
        return find("phone", phone).firstResultOptional();
    }

    public boolean phoneTaken(String phone) {
        return count("phone", phone) > 0;
    }
}
