package vn.chophien.order;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/** Tells the people an order concerns what happened to it: a seller of a new parcel, a buyer of a parcel's move. */
@ApplicationScoped
public class OrderNotices {

    private static final Logger LOG = Logger.getLogger(OrderNotices.class);

    void parcelPlaced(SellerOrder parcel) {
        LOG.debugf("New parcel %s for seller %d", parcel.code, parcel.sellerId);
    }

    void parcelMoved(SellerOrder parcel) {
        LOG.debugf("Parcel %s is now %s", parcel.code, parcel.status);
    }
}
