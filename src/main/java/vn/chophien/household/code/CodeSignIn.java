package vn.chophien.household.code;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.account.AccountService;
import vn.chophien.account.AccountViews;
import vn.chophien.account.PhoneNumber;
import vn.chophien.household.HelperAct;
import vn.chophien.household.HouseholdService;
import vn.chophien.web.ProblemException;

/**
 * A household takes its account over: a code to its phone (asked for by itself or by its helper), then a sign-in with
 * it. The first such sign-in ends the helper's free hand: it acts on only if the household keeps it.
 */
@ApplicationScoped
public class CodeSignIn {

    /** The words before the code in the text message (unaccented: many phones here show only that well). */
    static final String TEXT = "Cho Phien: ma dang nhap cua ban la";

    private final OneTimeCodes codes;
    private final HouseholdService households;
    private final AccountService accounts;

    CodeSignIn(OneTimeCodes codes, HouseholdService households, AccountService accounts) {
        this.codes = codes;
        this.households = households;
        this.accounts = accounts;
    }

    /** The household asks for a code; for a phone that is no household's, nothing is sent and nothing is said. */
    public void sendToHousehold(String phoneText) {
        String phone = PhoneNumber.normalise(phoneText).orElseThrow();
        if (households.assistedAccount(phone).isPresent()) {
            codes.send(phone, null, TEXT);
        }
    }

    /** The helper sends the code to a household it manages (404 for any other), recorded among its acts. */
    public void sendByHelper(long helperId, long sellerId) {
        long account = households.managed(helperId, sellerId).accountId;
        String phone = accounts.phoneOf(account).orElseThrow();
        codes.send(phone, helperId, TEXT);
        households.recordNow(helperId, sellerId, HelperAct.CODE_SENT);
    }

    /** Checks the code, takes the account over and opens a session; 401 with the reason otherwise. */
    public AccountViews.Token signIn(CodeRequests.SignIn request) {
        String phone = PhoneNumber.normalise(request.phone()).orElseThrow();
        long account = households.assistedAccount(phone).orElseThrow(() -> new ProblemException(401, "code-wrong"));
        switch (codes.check(phone, request.code())) {
            case RIGHT -> {
            }
            case EXPIRED -> throw new ProblemException(401, "code-expired");
            case SPENT -> throw new ProblemException(401, "code-spent");
            default -> throw new ProblemException(401, "code-wrong");
        }
        households.takenOver(account);
        if (request.newPassword() != null && !request.newPassword().isBlank()) {
            accounts.setPasswordProven(account, request.newPassword());
        }
        return accounts.signInProven(account);
    }
}
