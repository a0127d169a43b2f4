package vn.chophien.fulfillment.parcel;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.account.AccountService;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.SellerContact;
import vn.chophien.fulfillment.office.PostOfficeView;
import vn.chophien.order.PostalParcel;
import vn.chophien.tracking.carrier.ShipmentRequest;
import vn.chophien.tracking.carrier.Shipments;

/**
 * A parcel just picked up goes on with the office's carrier: the shipment is asked for in the pickup's transaction,
 * with our tracking code as its reference, from the seller (reached through the member of staff who picked it up
 * when the seller gave no phone) to the buyer, at the weighed weight, with the cash to collect.
 */
@ApplicationScoped
public class Handovers {

    private final Shipments shipments;
    private final CatalogService catalog;
    private final AccountService accounts;

    Handovers(Shipments shipments, CatalogService catalog, AccountService accounts) {
        this.shipments = shipments;
        this.catalog = catalog;
        this.accounts = accounts;
    }

    /** Asks the office's carrier for the parcel; false when no carrier adapter is enabled for it. */
    boolean toCarrier(PostalParcel p, Parcel parcel, PostOfficeView office, long staffId) {
        SellerContact seller = catalog.sellerContact(p.sellerId());
        String phone = seller.phone() != null
                ? seller.phone()
                : accounts.staff(staffId).map(AccountService.Staff::phone).orElse(null);
        var sender = new ShipmentRequest.Party(seller.name(), phone, seller.address(), seller.communeCode(),
                seller.communeName(), seller.provinceName());
        var to = p.shipTo();
        var receiver = new ShipmentRequest.Party(to.name(), to.phone(), to.line1(), to.communeCode(), to.communeName(),
                to.provinceName());
        String contents = p.lines().stream().map(l -> l.productName() + " " + l.variantLabel() + " × " + l.quantity())
                .collect(Collectors.joining("; "));
        return shipments.request(new ShipmentRequest(p.id(), office.id(), office.carrier().name(), parcel.trackingCode,
                p.code(), sender, receiver, parcel.weighedGrams, parcel.codDueVnd, p.goodsVnd(),
                contents.length() > 500 ? contents.substring(0, 499) + "…" : contents));
    }
}
