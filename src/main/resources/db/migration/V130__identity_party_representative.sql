-- identity: a licensed party's plenipotentiary representative (نماینده تام‌الاختیار حزب) registers Tehran lists
-- (DOMAIN §5, regulation Art. 9). Owned by org.entekhabat.identity; added by the candidacy/vetting wiring.
alter table app_user drop constraint if exists app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('NATIONAL_HQ', 'PROVINCIAL_HQ', 'GOVERNOR',
    'EXECUTIVE_BOARD', 'SUPERVISOR', 'STATION_STAFF', 'TRAINER', 'CANDIDATE', 'PARTY_REPRESENTATIVE'));
