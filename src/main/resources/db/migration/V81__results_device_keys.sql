-- One device registry: the results module reads station devices' keys from the voters module's
-- station_device table (the one the signed station API checks), through this view.
drop table device_public_key;
create view device_public_key as
select device_id,
       station_code,
       public_key as public_key_b64,
       case status when 'ACTIVE' then 'active' else 'revoked' end as status
from station_device;
