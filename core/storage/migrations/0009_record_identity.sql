-- Version 9: every record a community sends to its street keeps one identity wherever it goes, and
-- the records two clerks may edit at once carry a version, so that a save made on stale data is
-- refused instead of overwriting the other clerk's change.
--
-- uid: a random UUID (text), given once, the first time the record is sent anywhere
-- (RecordIdentity::assignMissing), and never changed; a record that came in from elsewhere keeps the
-- one it came with. Given then rather than on every insert, so that saving stays as fast as it was.
-- Local records (users, the audit log, import batches) have none: they never leave the workspace.
--
-- row_version: starts at 1 and goes up by one with every update of the row; an update names the
-- version it was made from (optimistic locking).

ALTER TABLE organisation ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX organisation_uid ON organisation(uid);
ALTER TABLE grid ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX grid_uid ON grid(uid);
ALTER TABLE co_building_unit ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX co_building_unit_uid ON co_building_unit(uid);
ALTER TABLE member ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX member_uid ON member(uid);
ALTER TABLE member_event ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX member_event_uid ON member_event(uid);
ALTER TABLE rating_template ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX rating_template_uid ON rating_template(uid);
ALTER TABLE rating_aspect ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX rating_aspect_uid ON rating_aspect(uid);
ALTER TABLE rating_task ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX rating_task_uid ON rating_task(uid);
ALTER TABLE rating_item ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX rating_item_uid ON rating_item(uid);
ALTER TABLE rating_session ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX rating_session_uid ON rating_session(uid);
ALTER TABLE rectification ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX rectification_uid ON rectification(uid);
ALTER TABLE prescribed_action ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX prescribed_action_uid ON prescribed_action(uid);
ALTER TABLE monthly_plan ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX monthly_plan_uid ON monthly_plan(uid);
ALTER TABLE meeting ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX meeting_uid ON meeting(uid);
ALTER TABLE meeting_photo ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX meeting_photo_uid ON meeting_photo(uid);
ALTER TABLE transfer ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX transfer_uid ON transfer(uid);
ALTER TABLE dues_rate_table ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX dues_rate_table_uid ON dues_rate_table(uid);
ALTER TABLE appraisal_session ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX appraisal_session_uid ON appraisal_session(uid);
ALTER TABLE service_post ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX service_post_uid ON service_post(uid);
ALTER TABLE service_claim ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX service_claim_uid ON service_claim(uid);
ALTER TABLE service_record ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX service_record_uid ON service_record(uid);
ALTER TABLE micro_wish ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX micro_wish_uid ON micro_wish(uid);
ALTER TABLE micro_wish_photo ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX micro_wish_photo_uid ON micro_wish_photo(uid);
ALTER TABLE unit_person ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX unit_person_uid ON unit_person(uid);
ALTER TABLE cogov_need ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX cogov_need_uid ON cogov_need(uid);
ALTER TABLE cogov_resource ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX cogov_resource_uid ON cogov_resource(uid);
ALTER TABLE cogov_project ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX cogov_project_uid ON cogov_project(uid);
ALTER TABLE joint_meeting ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX joint_meeting_uid ON joint_meeting(uid);
ALTER TABLE joint_decision ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX joint_decision_uid ON joint_decision(uid);
ALTER TABLE unit_activity ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX unit_activity_uid ON unit_activity(uid);
ALTER TABLE fund_project ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX fund_project_uid ON fund_project(uid);
ALTER TABLE fund_spending ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX fund_spending_uid ON fund_spending(uid);

ALTER TABLE member ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE rating_score ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
