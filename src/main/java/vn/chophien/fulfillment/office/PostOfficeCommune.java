package vn.chophien.fulfillment.office;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A commune and the one office that serves it. */
@Entity
public class PostOfficeCommune {

    @Id
    public String communeCode;

    public long postOfficeId;
}
