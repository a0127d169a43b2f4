package vn.chophien.account;

/** A port to the fulfillment feature: whether a post office exists. Implemented there; accounts never read its tables. */
public interface PostOfficeDirectory {

    boolean exists(long postOfficeId);
}
