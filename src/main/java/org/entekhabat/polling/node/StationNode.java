package org.entekhabat.polling.node;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.entekhabat.calendar.JalaliDate;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;
import org.entekhabat.polling.Ballot;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.EventType;
import org.entekhabat.polling.JournalEntry;
import org.entekhabat.polling.PollingStation;
import org.entekhabat.polling.RecoveryReport;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationReport;
import org.entekhabat.polling.VoterEligibility;
import org.entekhabat.registry.CivilRegistry;
import org.entekhabat.registry.NationalCode;

/**
 * One polling station's election day on its node: opening with a signed zero report, the
 * authentication terminal (documents, fingerprint, eligibility, claim at central), one-time
 * e-ballot tokens, the voting terminal's casts into the sealed box, the paper process, close,
 * double-entered paper counts, reconciliation and the signed station report. All state that
 * matters is in the journal; this object rebuilds from it after a crash.
 */
public class StationNode implements AutoCloseable {

    /** The ID documents the law accepts (Art 22 as amended in 1403, DOMAIN §7). */
    public enum Document { NATIONAL_CARD, BIRTH_CERTIFICATE, PASSPORT, DRIVING_LICENCE, MILITARY_CARD }

    public record Rules(VoterEligibility eligibility, CivilRegistry registry, FingerprintReader fingerprints,
                        VoterEligibility.PastParticipation past, double minimumOpenHours) {}

    public record OpenToken(String token, String shortCode, String style) {}

    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final NodeDirectory dir;
    private final StationPackage pkg;
    private final DeviceKeys voteKeys;
    private final PollingStation station;
    private final CentralLink link;
    private final Clock clock;
    private final Rules rules;
    private final PaperRegister register;
    private final Map<String, StaffMember> staff = new LinkedHashMap<>();
    private final Map<String, OpenToken> openTokens = new HashMap<>(); // short code → token
    private final RecoveryReport recovery;

    public StationNode(NodeDirectory dir, StationPackage pkg, DeviceKeys voteKeys, PollingStation station,
                       CentralLink link, Clock clock, Rules rules) {
        this.dir = dir;
        this.pkg = pkg;
        this.voteKeys = voteKeys;
        this.station = station;
        this.link = link;
        this.clock = clock;
        this.rules = rules;
        this.register = new PaperRegister(dir.paperRegister());
        dir.settings().staff().forEach(s -> staff.put(s.id(), s));
        var actions = new ArrayList<String>(journalMissingPaperLines());
        this.recovery = station.recovery().plus(new RecoveryReport(actions, List.of()));
        rebuildOpenTokens();
    }

    // --- state, from the journal ---

    List<JournalEntry> entries() { return station.journal().entries(); }

    private Optional<JournalEntry> last(EventType type) {
        var e = entries();
        for (int i = e.size() - 1; i >= 0; i--) if (e.get(i).is(type)) return Optional.of(e.get(i));
        return Optional.empty();
    }

    private long count(EventType type) {
        return entries().stream().filter(e -> e.is(type)).count();
    }

    public StationPackage stationPackage() { return pkg; }
    public String stationCode() { return pkg.stationCode(); }
    public RecoveryReport recovery() { return recovery; }
    public boolean halted() { return station.halted(); }
    public Optional<Instant> openedAt() { return last(EventType.OPEN).map(JournalEntry::time); }
    public Optional<Instant> closedAt() { return last(EventType.CLOSE).map(JournalEntry::time); }
    public boolean open() { return openedAt().isPresent() && last(EventType.ZERO_REPORT).isPresent() && closedAt().isEmpty(); }
    public CentralLink link() { return link; }
    public Clock clock() { return clock; }
    public List<StaffMember> staff() { return List.copyOf(staff.values()); }

    public boolean paperMode() {
        var e = entries();
        for (int i = e.size() - 1; i >= 0; i--) {
            if (e.get(i).is(EventType.SWITCH_TO_PAPER)) return true;
            if (e.get(i).is(EventType.BACK_TO_ELECTRONIC)) return false;
        }
        return false;
    }

    public boolean paperEverUsed() {
        return count(EventType.SWITCH_TO_PAPER) > 0 || !register.lines().isEmpty();
    }

    public List<JournalEntry> extensions() {
        return entries().stream().filter(e -> e.is(EventType.EXTENSION)).toList();
    }

    public int paperRegisterLines() { return register.lines().size(); }

    public int paperRegisterUploaded() {
        return last(EventType.PAPER_REGISTER_SENT).map(e -> Integer.parseInt(e.get("upTo"))).orElse(0);
    }

    public long authenticatedElectronic() { return count(EventType.AUTHENTICATED) - count(EventType.TOKEN_VOIDED); }
    public long ballotsCast() { return count(EventType.BALLOT_CAST); }

    // --- staff ---

    public StaffMember signIn(String staffId, String pin) {
        var s = checkPin(staffId, pin);
        station.record(EventType.STAFF_SIGN_IN, Map.of("staff", s.id()));
        return s;
    }

    StaffMember checkPin(String staffId, String pin) {
        var s = staff.get(staffId);
        if (s == null || !s.pinMatches(PersianNumbers.latin(pin))) {
            throw new DomainException(401, "staff.pin", "شناسه یا رمز عامل شعبه نادرست است.", "Wrong staff id or PIN.");
        }
        return s;
    }

    /** Opens the station: OPEN, then the signed zero report, before the first voter. */
    public synchronized SignedStationReport open(StaffMember by) {
        requireNotHalted();
        if (openedAt().isPresent()) throw conflict("station.already-open", "شعبه پیش‌تر گشوده شده است.", "The station is already open.");
        station.record(EventType.OPEN, Map.of("staff", by.id(), "stationCode", stationCode()));
        var report = zeroReport();
        var signed = SignedStationReport.sign(report, voteKeys.keyPair().getPrivate());
        station.record(EventType.ZERO_REPORT, Map.of("hash", signed.hash(), "staff", by.id()));
        station.record(EventType.REPORT_SIGNED, Map.of("kind", "ZERO", "hash", signed.hash(), "text", signed.text(), "signature", signed.signature()));
        return signed;
    }

    private StationReport zeroReport() {
        var contests = new ArrayList<StationReport.ContestCount>();
        for (var c : pkg.contests()) contests.add(new StationReport.ContestCount(c.id(), 0, 0, 0, new TreeMap<>(), new TreeMap<>()));
        return new StationReport(pkg.electionId(), stationCode(), voteKeys.deviceId(), openedAt().orElse(clock.instant()), null,
                0, 0, 0, "", head(), contests);
    }

    String head() {
        var e = entries();
        return e.getLast().hashHex();
    }

    public Optional<SignedStationReport> signedReport(String kind) {
        return entries().stream().filter(e -> e.is(EventType.REPORT_SIGNED) && kind.equals(e.get("kind")))
                .reduce((a, b) -> b).map(e -> new SignedStationReport(e.get("text"), e.get("signature")));
    }

    public synchronized void extend(StaffMember by, String until, String approvedBy, String authority) {
        requireOpen();
        if (until == null || !PersianNumbers.latin(until).matches("\\d{1,2}:\\d{2}") || blank(approvedBy) || blank(authority)) {
            throw DomainException.badInput("extension.incomplete", "برای تمدید، ساعت پایان (مانند ۲۲:۰۰)، نام تأییدکننده و مرجع تصمیم لازم است.",
                    "An extension needs the new end time (HH:MM), who approved it and the authority.");
        }
        station.record(EventType.EXTENSION, Map.of("until", PersianNumbers.latin(until), "approvedBy", approvedBy.trim(),
                "authority", authority.trim(), "staff", by.id()));
    }

    public synchronized void changeLink(StaffMember by, String url) {
        if (url == null || !url.matches("https?://[^\\s]+")) {
            throw DomainException.badInput("link.url", "نشانی مرکز باید با http:// یا https:// آغاز شود.", "The central URL must start with http:// or https://.");
        }
        link.pointAt(url);
        var s = dir.settings();
        dir.saveSettings(new NodeDirectory.Settings(s.stationCode(), url, s.staff()));
        station.record(EventType.LINK_CHANGED, Map.of("url", url, "staff", by.id()));
    }

    public synchronized void close(StaffMember by) {
        requireOpen();
        Instant opened = openedAt().orElseThrow();
        double hours = (clock.millis() - opened.toEpochMilli()) / 3_600_000.0;
        if (hours < rules.minimumOpenHours()) {
            throw conflict("close.too-early", "رأی‌گیری دست‌کم " + PersianNumbers.digits((long) rules.minimumOpenHours())
                    + " ساعت است؛ هنوز نمی‌توان شعبه را بست.", "Polls stay open at least " + rules.minimumOpenHours() + " hours.");
        }
        station.record(EventType.CLOSE, Map.of("staff", by.id(), "extensions", Integer.toString(extensions().size())));
    }

    // --- authentication terminal ---

    /** Checks documents and eligibility; returns the ballot style the voter will get. Changes nothing. */
    public String eligibleStyle(NationalCode code, Document document, String documentNumber, boolean declaredResident) {
        requireOpen();
        if (document == null) throw DomainException.badInput("auth.document", "نوع مدرک شناسایی را برگزینید.", "Choose the ID document.");
        if (documentNumber == null || !PersianNumbers.latin(documentNumber).trim().matches("[A-Za-z0-9/-]{3,20}")) {
            throw DomainException.badInput("auth.document-number", "شمارهٔ مدرک شناسایی را درست وارد کنید.", "Enter the document's number.");
        }
        var outcome = rules.eligibility().check(rules.registry().lookup(code), pkg, declaredResident, rules.past());
        return switch (outcome) {
            case VoterEligibility.Outcome.Refused r -> throw new DomainException(403, r.code(), r.messageFa(), r.messageEn());
            case VoterEligibility.Outcome.Eligible e -> pkg.styleFor(e.contests()).map(StationPackage.BallotStyle::id)
                    .orElseThrow(() -> conflict("auth.no-style", "برای انتخابات‌هایی که این رأی‌دهنده در آن‌ها رأی می‌دهد برگه‌ای در بستهٔ شعبه نیست.",
                            "The station package has no ballot style for exactly the contests this voter may vote in."));
        };
    }

    public FingerprintReader.Result fingerprint(NationalCode code) {
        return rules.fingerprints().read(code);
    }

    public sealed interface Admission {
        /** Claimed at central: the voter gets this e-ballot card. */
        record Electronic(OpenToken token) implements Admission {}
        /** Paper process: the voter is line {@code n} of the manual register and gets paper ballots. */
        record Paper(int n) implements Admission {}
    }

    /** Claims the voter at central (or, in paper mode, writes the manual register) and issues the card. */
    public synchronized Admission admit(NationalCode code, String style) {
        requireOpen();
        if (paperMode()) {
            if (register.contains(code.value())) {
                throw conflict("paper.twice", "این رأی‌دهنده امروز در همین شعبه در دفتر ثبت شده است.", "This voter is already in this station's paper register.");
            }
            var line = register.add(code.value(), clock.instant());
            station.record(EventType.PAPER_VOTER, Map.of("n", Integer.toString(line.n()), "lineSha256", PaperRegister.sha256(line)));
            return new Admission.Paper(line.n());
        }
        var answer = link.claim(pkg.electionId(), code.value(), stationCode()); // throws Unreachable
        return switch (answer) {
            case CentralLink.ClaimAnswer.Claimed c -> new Admission.Electronic(issue(style));
            case CentralLink.ClaimAnswer.AlreadyVoted a -> throw alreadyVoted(a.stationCode(), a.at());
            case CentralLink.ClaimAnswer.Refused r -> throw new DomainException(r.problem().status() == 401 ? 502 : r.problem().status(),
                    "claim." + r.problem().code(), r.problem().messageFa() == null ? "مرکز درخواست را نپذیرفت." : r.problem().messageFa(),
                    r.problem().messageEn());
        };
    }

    private DomainException alreadyVoted(String where, Instant at) {
        var local = at.atZone(IRAN);
        String hhmm = HH_MM.format(local);
        String day = JalaliDate.of(local.toLocalDate()).toPersianText();
        return new DomainException(409, "participation.already-voted",
                "این رأی‌دهنده پیش‌تر در شعبهٔ " + PersianNumbers.digits(where) + " ساعت " + PersianNumbers.digits(hhmm) + " (" + day + ") رأی داده است.",
                "Already voted at station " + where + " at " + hhmm + ".");
    }

    private OpenToken issue(String style) {
        while (true) {
            String token = station.authenticated(style);
            String shortCode = ShortCodes.of(token);
            if (!openTokens.containsKey(shortCode)) {
                var t = new OpenToken(token, shortCode, style);
                openTokens.put(shortCode, t);
                return t;
            }
            station.record(EventType.TOKEN_VOIDED, Map.of("token", token, "reason", "short code collides with an open token"));
        }
    }

    private void rebuildOpenTokens() {
        var voided = new java.util.HashSet<String>();
        var spent = new java.util.HashSet<String>();
        for (var e : entries()) {
            if (e.is(EventType.TOKEN_VOIDED)) voided.add(e.get("token"));
            if (e.is(EventType.BALLOT_CAST)) spent.add(e.get("token"));
        }
        for (var e : entries()) {
            if (!e.is(EventType.AUTHENTICATED)) continue;
            String token = e.get("token");
            if (voided.contains(token) || spent.contains(token)) continue;
            openTokens.put(ShortCodes.of(token), new OpenToken(token, ShortCodes.of(token), e.get("style")));
        }
    }

    // --- voting terminal ---

    public synchronized OpenToken token(String typed) {
        requireOpen();
        String code = PersianNumbers.latin(typed == null ? "" : typed).replaceAll("\\D", "");
        var t = openTokens.get(code);
        if (t == null) {
            throw DomainException.badInput("vote.token", "این کد کارت رأی معتبر نیست یا پیش‌تر به کار رفته است.",
                    "This e-ballot code is not valid or was already used.");
        }
        return t;
    }

    /** Casts (journal BEGIN → box → CAST, all fsync'd); the token is spent. */
    public synchronized void cast(OpenToken token, List<Selection> selections) {
        requireOpen();
        requireNotHalted();
        if (station.isSpent(token.token()) || !openTokens.containsKey(token.shortCode())) {
            throw conflict("vote.spent", "با این کارت پیش‌تر رأی داده شده است.", "This e-ballot card was already used.");
        }
        var style = pkg.style(token.style()).orElseThrow();
        if (!style.contestIds().equals(selections.stream().map(s -> s.contest().id()).toList())) {
            throw DomainException.badInput("vote.style", "برگهٔ رأی با کارت نمی‌خواند.", "The ballot does not match the card's style.");
        }
        var choices = selections.stream().map(s -> new Ballot.ContestChoice(s.contest().id(), s.codes())).toList();
        station.cast(token.token(), new Ballot(style.id(), choices));
        openTokens.remove(token.shortCode());
    }

    public Set<String> openShortCodes() {
        return Set.copyOf(openTokens.keySet());
    }

    // --- paper process ---

    public synchronized void switchToPaper(StaffMember by, String reason) {
        requireOpen();
        if (paperMode()) return;
        station.record(EventType.SWITCH_TO_PAPER, Map.of("staff", by.id(), "reason", reason == null ? "" : reason));
    }

    public record UploadResult(int lines, int recorded, int alreadyRecorded, int collisions) {}

    public synchronized UploadResult uploadRegister(StaffMember by) {
        var lines = register.lines();
        if (lines.isEmpty()) return new UploadResult(0, 0, 0, 0);
        var answer = link.uploadPaperRegister(pkg.electionId(), stationCode(),
                lines.stream().map(l -> new CentralLink.PaperLine(l.nationalCode(), l.votedAt())).toList());
        var r = new UploadResult(lines.size(), answer.path("recorded").asInt(), answer.path("alreadyRecorded").asInt(), answer.path("collisions").asInt());
        station.record(EventType.PAPER_REGISTER_SENT, Map.of("upTo", Integer.toString(lines.size()), "recorded", Integer.toString(r.recorded()),
                "alreadyRecorded", Integer.toString(r.alreadyRecorded()), "collisions", Integer.toString(r.collisions()), "staff", by.id()));
        return r;
    }

    public synchronized void backToElectronic(StaffMember by) {
        if (!paperMode()) return;
        if (paperRegisterUploaded() < paperRegisterLines()) {
            throw conflict("paper.not-uploaded", "پیش از بازگشت به رأی‌گیری الکترونیکی، دفتر ثبت را به مرکز بفرستید.",
                    "Upload the paper register before going back to electronic voting.");
        }
        station.record(EventType.BACK_TO_ELECTRONIC, Map.of("staff", by.id()));
    }

    /** Lines the register holds but the journal does not (a crash between the two writes): journaled now. */
    private List<String> journalMissingPaperLines() {
        long journaled = count(EventType.PAPER_VOTER);
        var actions = new ArrayList<String>();
        for (var line : register.lines()) {
            if (line.n() <= journaled) continue;
            station.record(EventType.PAPER_VOTER, Map.of("n", Integer.toString(line.n()), "lineSha256", PaperRegister.sha256(line), "recovered", "true"));
            actions.add("paper register line " + line.n() + " was written but not journaled: journaled now");
        }
        return actions;
    }

    // --- close: paper counts entered twice ---

    public record PaperCountState(int entries, Optional<PaperCounts> agreed, String firstBy, List<String> lastMismatch) {}

    public PaperCountState paperCountState() {
        var agreed = last(EventType.PAPER_COUNT_AGREED).map(e -> PaperCounts.parse(e.get("counts")));
        if (agreed.isPresent()) return new PaperCountState(2, agreed, null, List.of());
        var e = entries();
        int since = 0;
        for (int i = 0; i < e.size(); i++) if (e.get(i).is(EventType.PAPER_COUNT_MISMATCH)) since = i + 1;
        var pending = e.subList(since, e.size()).stream().filter(x -> x.is(EventType.PAPER_COUNT_ENTRY)).toList();
        var mismatch = last(EventType.PAPER_COUNT_MISMATCH).map(x -> List.of(x.get("differences").split("\n"))).orElse(List.of());
        return new PaperCountState(pending.size(), Optional.empty(), pending.isEmpty() ? null : pending.getFirst().get("staff"), mismatch);
    }

    /** One entry of the paper counts; the second, by another person, must match the first. */
    public synchronized PaperCountState enterPaperCounts(String staffId, String pin, Map<String, String> form) {
        if (closedAt().isEmpty()) throw conflict("paper.not-closed", "شمارش برگه‌های کاغذی پس از پایان رأی‌گیری است.", "Paper ballots are counted after the close.");
        var by = checkPin(staffId, pin);
        var counts = PaperCounts.fromForm(pkg, form);
        var state = paperCountState();
        if (state.agreed().isPresent()) throw conflict("paper.agreed", "شمارش کاغذی پیش‌تر تأیید شده است.", "The paper counts are already agreed.");
        if (state.entries() == 1 && by.id().equals(state.firstBy())) {
            throw conflict("paper.same-person", "ورود دوم باید به دست عامل دیگری باشد.", "The second entry must be made by another staff member.");
        }
        station.record(EventType.PAPER_COUNT_ENTRY, Map.of("entry", Integer.toString(state.entries() + 1), "staff", by.id(), "counts", counts.json()));
        if (state.entries() == 1) {
            var e = entries();
            var first = PaperCounts.parse(e.get(e.size() - 2).get("counts"));
            var diff = first.differences(counts);
            if (diff.isEmpty()) station.record(EventType.PAPER_COUNT_AGREED, Map.of("counts", counts.json()));
            else station.record(EventType.PAPER_COUNT_MISMATCH, Map.of("differences", String.join("\n", diff)));
        }
        return paperCountState();
    }

    // --- close: the station report ---

    public StationReport closingReport(String note) {
        if (closedAt().isEmpty()) throw conflict("report.not-closed", "نخست رأی‌گیری را پایان دهید.", "Close the polls first.");
        PaperCounts paper = paperCountState().agreed().orElse(null);
        if (paper == null && paperEverUsed()) {
            throw conflict("report.paper-missing", "شمارش برگه‌های کاغذی هنوز دو بار وارد و تطبیق داده نشده است.",
                    "The paper counts have not yet been entered twice and matched.");
        }
        return new Closing(pkg, voteKeys, dir.stationDir()).report(openedAt().orElseThrow(), closedAt().orElseThrow(),
                authenticatedElectronic() + register.lines().size(), paper == null ? PaperCounts.zero(pkg) : paper, note, head());
    }

    public synchronized SignedStationReport signClosingReport(StaffMember by, String note) {
        if (signedReport("CLOSE").isPresent()) throw conflict("report.signed", "گزارش پایانی پیش‌تر امضا شده است.", "The closing report is already signed.");
        var report = closingReport(note);
        if (!report.reconciled()) {
            throw DomainException.badInput("report.unreconciled", "شمار احراز هویت‌شدگان با جمع برگه‌های الکترونیکی و کاغذی برابر نیست؛ علت را بنویسید.",
                    "Authenticated voters differ from electronic + paper ballots: explain the difference.");
        }
        var signed = SignedStationReport.sign(report, voteKeys.keyPair().getPrivate());
        station.record(EventType.REPORT_SIGNED, Map.of("kind", "CLOSE", "hash", signed.hash(), "text", signed.text(),
                "signature", signed.signature(), "staff", by.id()));
        return signed;
    }

    /** Closing reports signed and neither accepted nor refused by central yet. */
    public List<SignedStationReport> pendingReports() {
        var done = new java.util.HashSet<String>();
        for (var e : entries()) if (e.is(EventType.REPORT_SENT) || e.is(EventType.REPORT_REFUSED)) done.add(e.get("hash"));
        return entries().stream().filter(e -> e.is(EventType.REPORT_SIGNED) && "CLOSE".equals(e.get("kind")) && !done.contains(e.get("hash")))
                .map(e -> new SignedStationReport(e.get("text"), e.get("signature"))).toList();
    }

    public Optional<JournalEntry> reportOutcome(String hash) {
        return entries().stream().filter(e -> (e.is(EventType.REPORT_SENT) || e.is(EventType.REPORT_REFUSED)) && hash.equals(e.get("hash")))
                .reduce((a, b) -> b);
    }

    synchronized void reportSent(String hash, int status, String outcome) {
        station.record(EventType.REPORT_SENT, Map.of("hash", hash, "status", Integer.toString(status), "outcome", outcome));
    }

    synchronized void reportRefused(String hash, int status, String detail) {
        station.record(EventType.REPORT_REFUSED, Map.of("hash", hash, "status", Integer.toString(status), "detail", detail));
    }

    // --- guards ---

    private void requireOpen() {
        if (openedAt().isEmpty() || last(EventType.ZERO_REPORT).isEmpty()) {
            throw conflict("station.not-open", "شعبه هنوز گشوده نشده است (گزارش صفر امضا نشده).", "The station is not open yet (no zero report).");
        }
        if (closedAt().isPresent()) throw conflict("station.closed", "رأی‌گیری در این شعبه پایان یافته است.", "Polls are closed at this station.");
    }

    private void requireNotHalted() {
        if (station.halted()) {
            throw conflict("station.halted", "بازیابی پس از خرابی مواردی یافت که توضیح ندارد؛ تا بررسی کارکنان، رأی پذیرفته نمی‌شود.",
                    "Recovery found anomalies a crash does not explain; no ballots until staff have looked.");
        }
    }

    private static DomainException conflict(String code, String fa, String en) {
        return DomainException.conflict(code, fa, en);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public void close() {
        station.close();
    }
}
