<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Builds a demo workspace with realistic, deterministic data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community (about 400 members) or district (100,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the data is generated for (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to create with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scale &quot;%1&quot;: use community or district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace %1: %2 organisations (%3 branches), %4 grids, %5 members, in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a page of the window to a PNG file, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster, organisation, member-form or org-form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace (default: a fresh demo community).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PNG file with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community Party-Building Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (default: in your application-data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading, a copy was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: demo, screenshot; without a command the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PartyDesk database (it is not an SQLite file). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (integrity check: %2). Nothing was changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a PartyDesk workspace. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of PartyDesk (schema %2; this version knows up to %3). Nothing was changed; please upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading, a backup copy could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already holds organisations; demo data goes only into a new, empty file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating (out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-standing member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer reports here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street working committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community big committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community joint committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-public organisation branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-public firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government or public institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary vocational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle school or below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number contains full-width characters; type it with half-width digits (switch the input method to half-width).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must have 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number may contain only digits, and X as its last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 7-14 of the ID number (%1) are not a valid birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s check character is wrong (the last character should be %1 for these first 17 digits): a digit was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>Another member on the roster already has the ID number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already left the roster on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaving date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaving date is before the member&apos;s birth date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; pages are: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch the member belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number: it is required for members registered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date does not agree with the ID number, which gives %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex does not agree with the ID number, which gives %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the birth date (it is filled in from a valid ID number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use 11 digits for a mobile (13800000000) or an area code and number for a landline (0731-88888888).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of full membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of joining the Party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the applicant became a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the applicant became an activist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-service and floating members are Party members: choose probationary or full member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activist date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full-membership date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must come after %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member must be 18 or older on joining; on %1 this member was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probation lasts one year: full membership can start on %1 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activist is observed for at least a year: candidate from %1 at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaving date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the work unit where the member is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the member reported to the community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where the member lives or works now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter since when the member has been away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Party organisation where the member is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter since when the member has lived here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation above this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The founding date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term must end after it starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partydesk::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partydesk::LeaveDialog</name>
    <message>
        <source>Record leaving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. transferred to the Party branch of ... </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves the roster. The record and its history are kept and can be shown with &quot;Include members who left&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partydesk::MainWindow</name>
    <message>
        <source>Community Party-Building Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;leaving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add organisation below the selected one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Community Party-Building Desk&lt;/b&gt; %1&lt;br&gt;Organisation tree, member rosters, theme Party days and star ratings for community Party organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when PartyDesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partydesk::MemberForm</name>
    <message>
        <source>Edit member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-service member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; birth date and sex are taken from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;anch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to join on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activist since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined the Party on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the community on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service post claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now living or working in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party age %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political birthday this month (%1 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due the &quot;50 years in the Party&quot; medal this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another member on the roster already has this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partydesk::OrganisationForm</name>
    <message>
        <source>Edit organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partydesk::OrganisationPage</name>
    <message>
        <source>&amp;Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation &amp;below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids and their heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-building units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s term ended on %1: the election (换届) is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s term ends on %1, in %2 days: prepare the election (换届).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch needs at least 3 full members; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With 7 or more members the branch elects a committee; no committee members are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organisation in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members on the roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partydesk::OrganisationTreeModel</name>
    <message>
        <source>%1
Type: %2
Secretary: %3
Members on the roster: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partydesk::RosterModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (probation overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit or whereabouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partydesk::RosterPage</name>
    <message>
        <source>Search by name, ID number or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include members who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ID numbers are sensitive personal information. Show them in full on this screen? This is recorded in the workspace&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
