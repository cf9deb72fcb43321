package dev.mentorhub.profile;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.block.BlockDto;
import dev.mentorhub.block.BlockService;
import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.security.SignOut;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.member.Member;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** My profile, onboarding, other members' profiles and the directory, as pages. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProfilePages {

    public static final String SKIPPED_ONBOARDING_COOKIE = "onboarding-skipped";
    static final List<Set<ProfileForm.Section>> ONBOARDING_STEPS = List.of(
            EnumSet.of(ProfileForm.Section.BASICS), EnumSet.of(ProfileForm.Section.SKILLS),
            EnumSet.of(ProfileForm.Section.GOALS), EnumSet.of(ProfileForm.Section.AVAILABILITY));

    private final ProfileService profiles;
    private final AccountDeletion accountDeletion;
    private final CurrentMember currentMember;
    private final SkillOptions skillOptions;
    private final RequestLocale locale;
    private final BlockService blocks;
    private final SignOut signOut;

    ProfilePages(ProfileService profiles, AccountDeletion accountDeletion, CurrentMember currentMember,
            SkillOptions skillOptions, RequestLocale locale, BlockService blocks, SignOut signOut) {
        this.profiles = profiles;
        this.accountDeletion = accountDeletion;
        this.currentMember = currentMember;
        this.skillOptions = skillOptions;
        this.locale = locale;
        this.blocks = blocks;
        this.signOut = signOut;
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance mine(ProfileDto profile, boolean saved, String deleteError,
                List<BlockDto> blocked);

        static native TemplateInstance form(ProfileFormView form);

        static native TemplateInstance show(ProfileDto profile, boolean own, boolean blocked);

        static native TemplateInstance directory(DirectoryView view);
    }

    /** The directory page: filters as typed, the page of results, and links to other pages. */
    public record DirectoryView(DirectoryFilterForm filters, PageDto<ProfileDto> results,
            List<SkillOptions.Group> skillGroups, ProfileFormView.Errors errors) {

        public List<String> stages() {
            return java.util.Arrays.stream(CareerStage.values()).map(Slugged::slug).toList();
        }

        /** The directory with these filters, ready for a page number. */
        public String pageBase() {
            return "/directory?" + filters.query();
        }
    }

    @GET
    @Path("profile")
    public TemplateInstance mine(@RestQuery boolean saved) {
        Member me = currentMember.member();
        return Templates.mine(profiles.mine(me), saved, "", blocks.list(me));
    }

    @GET
    @Path("profile/edit")
    public TemplateInstance edit() {
        return formPage(0, 0, ProfileForm.all(), ProfileRequest.from(profiles.mine(currentMember.member())),
                ProfileFormView.Errors.none());
    }

    @POST
    @Path("profile/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam ProfileForm form) {
        return store(form, 0, ProfileForm.all(), false, URI.create("/profile?saved=true"));
    }

    @GET
    @Path("onboarding")
    public Response onboarding() {
        return seeOther("/onboarding/1");
    }

    @GET
    @Path("onboarding/{step}")
    public TemplateInstance onboardingStep(@PathParam("step") int step) {
        Set<ProfileForm.Section> sections = stepSections(step);
        return formPage(step, ONBOARDING_STEPS.size(), sections,
                ProfileRequest.from(profiles.mine(currentMember.member())), ProfileFormView.Errors.none());
    }

    @POST
    @Path("onboarding/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveOnboardingStep(@PathParam("step") int step, @BeanParam ProfileForm form) {
        boolean last = step == ONBOARDING_STEPS.size();
        URI next = URI.create(last ? "/profile?saved=true" : "/onboarding/" + (step + 1));
        return store(form, step, stepSections(step), last, next);
    }

    /** "Skip for now": remembered in a cookie so sign-in stops sending the member to onboarding. */
    @GET
    @Path("onboarding/skip")
    public Response skipOnboarding() {
        NewCookie skipped = new NewCookie.Builder(SKIPPED_ONBOARDING_COOKIE).value("true").path("/")
                .maxAge(30 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create("/")).cookie(skipped).build();
    }

    @GET
    @Path("profiles/{id}")
    public TemplateInstance show(@PathParam("id") UUID id) {
        Member me = currentMember.member();
        ProfileDto profile = profiles.visibleTo(id, me).orElseThrow(NotFoundException::new);
        boolean own = id.equals(me.id());
        return Templates.show(profile, own, !own && blocks.blocks(me.id(), id));
    }

    @GET
    @Path("directory")
    public TemplateInstance directory(@BeanParam DirectoryFilterForm filters) {
        List<FieldError> parseErrors = new ArrayList<>();
        DirectoryFilter filter = filters.toFilter(parseErrors);
        PageDto<ProfileDto> results = PageDto.of(List.of(), 0, DirectoryFilter.DEFAULT_SIZE, 0);
        ProfileFormView.Errors errors = ProfileFormView.Errors.of(parseErrors);
        if (parseErrors.isEmpty()) {
            try {
                results = profiles.directory(filter, currentMember.member());
            } catch (InvalidInputException e) {
                errors = ProfileFormView.Errors.of(e.errors());
            }
        }
        return Templates.directory(new DirectoryView(filters, results, skillOptions.groups(locale.locale()), errors));
    }

    @POST
    @Path("profile/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteAccount(@RestForm String confirm, @Context UriInfo uri) {
        Member me = currentMember.member();
        if (!"DELETE".equals(confirm == null ? null : confirm.trim())) {
            return Response.status(400).entity(Templates.mine(profiles.mine(me), false, "confirm", blocks.list(me)))
                    .build();
        }
        accountDeletion.delete(me);
        return Response.seeOther(signOut.end(uri.getBaseUri()).await().indefinitely()).build();
    }

    private Response store(ProfileForm form, int step, Set<ProfileForm.Section> sections, boolean completesOnboarding,
            URI next) {
        Member me = currentMember.member();
        ProfileRequest merged = form.mergeInto(ProfileRequest.from(profiles.mine(me)), sections);
        try {
            profiles.replace(me, merged, completesOnboarding);
            return Response.seeOther(next).build();
        } catch (InvalidInputException e) {
            int total = step == 0 ? 0 : ONBOARDING_STEPS.size();
            return Response.status(400).entity(formPage(step, total, sections, merged,
                    ProfileFormView.Errors.of(e.errors()))).build();
        }
    }

    private TemplateInstance formPage(int step, int total, Set<ProfileForm.Section> sections, ProfileRequest values,
            ProfileFormView.Errors errors) {
        return Templates.form(ProfileFormView.of(step, total, sections, values, errors,
                skillOptions.groups(locale.locale())));
    }

    private static Set<ProfileForm.Section> stepSections(int step) {
        if (step < 1 || step > ONBOARDING_STEPS.size()) {
            throw new NotFoundException();
        }
        return ONBOARDING_STEPS.get(step - 1);
    }
}
