package vn.chophien.fulfillment.parcel;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.account.AccountService;
import vn.chophien.notification.Notifications;
import vn.chophien.tracking.carrier.Carriers;
import vn.chophien.tracking.carrier.StaleParcels;
import vn.chophien.web.Formats;

/** A parcel its carrier went quiet about is told to its office's staff and every ADMIN, once. */
@ApplicationScoped
public class StaleWatchers implements StaleParcels.Watchers {

    private final AccountService accounts;
    private final Notifications notifications;
    private final Carriers carriers;

    StaleWatchers(AccountService accounts, Notifications notifications, Carriers carriers) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.carriers = carriers;
    }

    @Override
    public void tell(StaleParcels.Stale parcel) {
        List<String> args = List.of(parcel.trackingCode(), carriers.nameOf(parcel.carrier()),
                Formats.vnTime(parcel.lastHeard()));
        for (long account : accounts.staffOfOfficeAndAdmins(parcel.postOfficeId())) {
            notifications.send(account, "parcel-stale", args, "/postal/parcels/" + parcel.parcelId());
        }
    }
}
