package vn.chophien.campaign.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.chophien.campaign.CampaignService;
import vn.chophien.campaign.CampaignViews;
import vn.chophien.campaign.ShareImage;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;

/**
 * A campaign's public page, {@code /mua/{slug}}: its products, a progress bar of tonnes sold against the target, and
 * the Open Graph tags and share picture that Zalo and Facebook show when the link is shared.
 */
@Path("/mua/{slug: [a-z0-9-]{1,90}}")
public class CampaignPages {

    /** The page's view: the campaign, its address and its picture's, absolute as Open Graph wants them. */
    public record PublicView(CampaignViews.CampaignView campaign, String url, String imageUrl, String soldTonnes,
            String targetTonnes) {
    }

    @CheckedTemplate(basePath = "campaign")
    static class Templates {
        static native TemplateInstance campaign(Page page, PublicView view);
    }

    private final CampaignService campaigns;
    private final ShareImage images;
    private final Pages pages;
    private final String publicUrl;

    CampaignPages(CampaignService campaigns, ShareImage images, Pages pages,
            @ConfigProperty(name = "chophien.public-url") String publicUrl) {
        this.campaigns = campaigns;
        this.images = images;
        this.pages = pages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("slug") String slug) {
        CampaignViews.CampaignView c = campaigns.view(campaigns.bySlug(slug));
        String url = publicUrl + "/mua/" + c.slug();
        // the picture's address changes with its figures, so a share made later shows the later figures
        String image = url + "/share.png?v=" + images.of(c).etag();
        return pages.render(Templates.campaign(pages.page(), new PublicView(c, url, image,
                ShareImage.tonnesText(c.soldTonnes()), ShareImage.tonnesText(c.targetTonnes()))));
    }

    /** The share picture, 1200×630 PNG; answered 304 while its figures have not changed. */
    @GET
    @Path("share.png")
    @Produces("image/png")
    public Response share(@PathParam("slug") String slug, @HeaderParam("If-None-Match") String ifNoneMatch) {
        ShareImage.Png png = images.of(campaigns.view(campaigns.bySlug(slug)));
        EntityTag tag = new EntityTag(png.etag());
        if (ifNoneMatch != null && ifNoneMatch.contains(png.etag())) {
            return Response.notModified(tag).build();
        }
        return Response.ok(png.bytes(), "image/png").tag(tag).header("Cache-Control", "public, max-age=300").build();
    }
}
