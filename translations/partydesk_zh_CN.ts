<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Agenda</name>
    <message>
        <source>This month&apos;s theme Party day not recorded</source>
        <translation>本月主题党日未登记</translation>
    </message>
    <message>
        <source>Gaps in the three meetings and one lecture this quarter</source>
        <translation>本季度“三会一课”有缺项</translation>
    </message>
    <message>
        <source>Probation ending within 60 days or overdue</source>
        <translation>预备期60天内届满或已逾期</translation>
    </message>
    <message>
        <source>Development steps due</source>
        <translation>发展党员到期事项</translation>
    </message>
    <message>
        <source>Transfers out without a receipt after 3 months</source>
        <translation>组织关系转出满3个月未收到回执</translation>
    </message>
    <message>
        <source>Committee terms ending within 90 days or ended</source>
        <translation>党组织任期90天内届满或已届满</translation>
    </message>
    <message>
        <source>Political birthdays this month</source>
        <translation>本月政治生日</translation>
    </message>
    <message>
        <source>&quot;50 years in the Party&quot; medal candidates this year</source>
        <translation>今年“光荣在党50年”纪念章颁发对象</translation>
    </message>
    <message>
        <source>Party dues in arrears</source>
        <translation>欠交党费</translation>
    </message>
    <message>
        <source>Rectification items of lagging branches due</source>
        <translation>后进党支部整改事项到期</translation>
    </message>
    <message>
        <source>Members with required data missing</source>
        <translation>必填信息不全的人员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) of dues unpaid</source>
        <translation>
            <numerusform>%n 个月党费未交</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme Party day of %1 not recorded</source>
        <translation>%1 主题党日未登记</translation>
    </message>
    <message>
        <source>Probation ended on %1: convert, extend or cancel at the branch meeting</source>
        <translation>预备期已于 %1 届满：请由支部党员大会讨论转正、延长预备期或取消预备党员资格</translation>
    </message>
    <message>
        <source>Probation ends on %1</source>
        <translation>预备期于 %1 届满</translation>
    </message>
    <message numerus="yes">
        <source>Joined on %1: %n year(s)</source>
        <translation>
            <numerusform>%1 入党，今年满 %n 周年</numerusform>
        </translation>
    </message>
    <message>
        <source>Full member since %1</source>
        <translation>%1 转正</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>date of joining</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>date of becoming a full member</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>date of application</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>date of becoming an activist</source>
        <translation>确定为入党积极分子日期</translation>
    </message>
    <message>
        <source>date of becoming a candidate</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <source>work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>date of reporting</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>where they went</source>
        <translation>流出去向</translation>
    </message>
    <message>
        <source>home organisation</source>
        <translation>原所在党组织</translation>
    </message>
    <message>
        <source>floating since</source>
        <translation>流动日期</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>Term ended on %1: hold the election</source>
        <translation>任期已于 %1 届满：请及时换届</translation>
    </message>
    <message>
        <source>Term ends on %1: prepare the election</source>
        <translation>任期将于 %1 届满：请做好换届准备</translation>
    </message>
    <message>
        <source>%1 (star rating %2), due %3</source>
        <translation>%1（%2年度评星定级），完成时限 %3</translation>
    </message>
    <message>
        <source>Transferred to %1 on %2 (letter %3): no receipt yet</source>
        <translation>%2 转往%1（介绍信编号 %3），尚未收到回执</translation>
    </message>
    <message>
        <source>Micro-wishes waiting to be claimed</source>
        <translation>待认领的微心愿</translation>
    </message>
    <message>
        <source>Joint meeting decisions due within 14 days or overdue</source>
        <translation>联席会议议定事项14天内到期或已逾期</translation>
    </message>
    <message>
        <source>Co-building projects past their due date</source>
        <translation>共建项目已超过完成期限</translation>
    </message>
    <message>
        <source>%1: published %2 days ago</source>
        <translation>%1：已发布 %2 天</translation>
    </message>
    <message>
        <source>%1 (decided on %2)</source>
        <translation>%1（%2 议定）</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应于 %1 完成</translation>
    </message>
    <message>
        <source>led by %1, due %2</source>
        <translation>牵头单位：%1，应于 %2 完成</translation>
    </message>
</context>
<context>
    <name>AppraisalReport</name>
    <message>
        <source>%1 %2 (%3 %)</source>
        <translation>%1 %2 人（%3%）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Democratic appraisal of members: results (%1)</source>
        <translation>%1年度民主评议党员结果</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>%1 · held on %2 · %3 rated · %4 · %5</source>
        <translation>%1 · %2 召开 · 参评 %3 人 · %4 · %5</translation>
    </message>
    <message>
        <source>Appraisal %1</source>
        <translation>民主评议 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>Self appraisal</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置情况</translation>
    </message>
    <message>
        <source>Mutual (%1)</source>
        <translation>党员互评（%1）</translation>
    </message>
    <message>
        <source>Masses (%1)</source>
        <translation>群众评议（%1）</translation>
    </message>
    <message>
        <source>Branch (seal)</source>
        <translation>党支部（盖章）</translation>
    </message>
    <message>
        <source>Branch secretary</source>
        <translation>支部书记</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>AppraisalService</name>
    <message>
        <source>The share graded Excellent is a fraction from 0 to 1, such as 1/3 or 20/100.</source>
        <translation>评为优秀的比例应为0到1之间的分数，如 1/3 或 20/100。</translation>
    </message>
    <message>
        <source>%1 is not a year to appraise (2000–2100).</source>
        <translation>%1 不是可评议的年度（应在2000–2100之间）。</translation>
    </message>
    <message>
        <source>Give the day the appraisal is held.</source>
        <translation>请填写评议日期。</translation>
    </message>
    <message>
        <source>The appraisal of %1 is held in %1 or early in %2, not on %3.</source>
        <translation>%1年度的评议应在%1年内或%2年初进行，不能定在 %3。</translation>
    </message>
    <message>
        <source>This appraisal no longer exists.</source>
        <translation>该评议已不存在。</translation>
    </message>
    <message>
        <source>The appraisal of %1 was finished on %2 and its results are final. To change them, reopen it and give the reason.</source>
        <translation>%1年度评议已于 %2 完成，结果已确定。如需修改，请重新打开评议并说明理由。</translation>
    </message>
    <message>
        <source>On %1 these graded members were not on the branch&apos;s roster: %2. Clear their grades first.</source>
        <translation>在 %1 时，以下已评定等次的党员不在本支部花名册中：%2。请先清除他们的等次。</translation>
    </message>
    <message>
        <source>Members are appraised by their branch: choose a Party branch.</source>
        <translation>民主评议党员以党支部为单位进行：请选择一个党支部。</translation>
    </message>
    <message>
        <source>The branch&apos;s appraisal of %1 is already open.</source>
        <translation>本支部%1年度的评议已经开始。</translation>
    </message>
    <message>
        <source>%1 members are already Excellent; a share of %2 of %3 allows %4.</source>
        <translation>已有 %1 名党员评为优秀；按 %2 的比例，%3 人中最多可评 %4 名。</translation>
    </message>
    <message>
        <source>This member is not rated in this appraisal.</source>
        <translation>该党员不在本次评议范围内。</translation>
    </message>
    <message>
        <source>Unqualified needs a handling note: education, a deadline to improve, or persuading to leave.</source>
        <translation>评为不合格须填写处置情况：教育帮助、限期改正或劝其退党。</translation>
    </message>
    <message>
        <source>Votes cannot be negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <source>The mutual appraisal has %1 votes for one member, but only the %2 members rated vote in it.</source>
        <translation>互评中该党员共得 %1 票，但参加互评的只有 %2 名参评党员。</translation>
    </message>
    <message>
        <source>At most %1 of the %2 members rated may be Excellent (a share of %3); %4 already are.</source>
        <translation>%2 名参评党员中最多可评 %1 名优秀（比例 %3），现已有 %4 名。</translation>
    </message>
    <message>
        <source>Nobody is rated in this appraisal.</source>
        <translation>本次评议没有参评党员。</translation>
    </message>
    <message>
        <source>Every member needs a grade before the appraisal is finished; not yet rated: %1.</source>
        <translation>完成评议前须为每名党员评定等次；尚未评定：%1。</translation>
    </message>
    <message>
        <source>The appraisal is held on %1; it can be finished from that day on.</source>
        <translation>评议日期为 %1，自该日起才能完成评议。</translation>
    </message>
    <message>
        <source>%1 of %2 are Excellent, more than the share of %3 allows.</source>
        <translation>%2 人中有 %1 人评为优秀，超过了 %3 的比例上限。</translation>
    </message>
    <message>
        <source>Give the reason for reopening a finished appraisal; it is recorded.</source>
        <translation>请填写重新打开已完成评议的理由，理由将记录在案。</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>锁定窗口</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>User&apos;s role changed</source>
        <translation>更改用户角色</translation>
    </message>
    <message>
        <source>User disabled or enabled</source>
        <translation>停用或启用用户</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Sign-in turned on or off</source>
        <translation>开启或关闭登录</translation>
    </message>
    <message>
        <source>Lock time changed</source>
        <translation>更改自动锁定时间</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>修改党员信息</translation>
    </message>
    <message>
        <source>Member recorded as left</source>
        <translation>登记党员离开</translation>
    </message>
    <message>
        <source>Leaving reversed</source>
        <translation>撤销离开登记</translation>
    </message>
    <message>
        <source>Member deleted</source>
        <translation>删除党员</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Organisation saved</source>
        <translation>保存党组织</translation>
    </message>
    <message>
        <source>Grid saved</source>
        <translation>保存网格</translation>
    </message>
    <message>
        <source>Co-building unit saved</source>
        <translation>保存共建单位</translation>
    </message>
    <message>
        <source>Meeting added</source>
        <translation>新增会议</translation>
    </message>
    <message>
        <source>Meeting changed</source>
        <translation>修改会议</translation>
    </message>
    <message>
        <source>Meeting deleted</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>登记出席情况</translation>
    </message>
    <message>
        <source>Star rating year finished</source>
        <translation>完成年度评星定级</translation>
    </message>
    <message>
        <source>Star rating year reopened</source>
        <translation>重新打开评星定级年度</translation>
    </message>
    <message>
        <source>Exported (masked)</source>
        <translation>导出（号码已遮盖）</translation>
    </message>
    <message>
        <source>Printed (masked)</source>
        <translation>打印（号码已遮盖）</translation>
    </message>
    <message>
        <source>Exported with full ID numbers</source>
        <translation>导出完整身份证号</translation>
    </message>
    <message>
        <source>Printed with full ID numbers</source>
        <translation>打印完整身份证号</translation>
    </message>
    <message>
        <source>Full ID numbers shown</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>Development record saved</source>
        <translation>保存发展党员记录</translation>
    </message>
    <message>
        <source>Moved to the next development stage</source>
        <translation>推进到下一发展阶段</translation>
    </message>
    <message>
        <source>Development plan saved</source>
        <translation>保存发展党员计划</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>组织关系转出</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>组织关系转入</translation>
    </message>
    <message>
        <source>Moved between branches</source>
        <translation>支部间转接</translation>
    </message>
    <message>
        <source>Transfer receipt recorded</source>
        <translation>登记转接回执</translation>
    </message>
    <message>
        <source>Transfer taken back</source>
        <translation>撤销组织关系转接</translation>
    </message>
    <message>
        <source>Dues base changed</source>
        <translation>修改党费计算基数</translation>
    </message>
    <message>
        <source>Dues payment recorded or deleted</source>
        <translation>登记或删除党费交纳</translation>
    </message>
    <message>
        <source>Dues rate table added</source>
        <translation>新增党费交纳标准</translation>
    </message>
    <message>
        <source>Appraisal opened</source>
        <translation>开始民主评议</translation>
    </message>
    <message>
        <source>Appraisal day or share changed</source>
        <translation>修改民主评议日期或优秀比例</translation>
    </message>
    <message>
        <source>Appraisal grade recorded</source>
        <translation>登记民主评议等次</translation>
    </message>
    <message>
        <source>Appraisal finished</source>
        <translation>完成民主评议</translation>
    </message>
    <message>
        <source>Appraisal reopened</source>
        <translation>重新打开民主评议</translation>
    </message>
    <message>
        <source>Default share of Excellent changed</source>
        <translation>修改默认优秀比例</translation>
    </message>
    <message>
        <source>Co-building unit&apos;s person saved</source>
        <translation>保存共建单位人员</translation>
    </message>
    <message>
        <source>Co-building unit&apos;s person removed</source>
        <translation>删除共建单位人员</translation>
    </message>
    <message>
        <source>Need list entry saved</source>
        <translation>保存需求清单条目</translation>
    </message>
    <message>
        <source>Resource list entry saved</source>
        <translation>保存资源清单条目</translation>
    </message>
    <message>
        <source>Project list entry saved</source>
        <translation>保存项目清单条目</translation>
    </message>
    <message>
        <source>Service post added</source>
        <translation>新增服务岗位</translation>
    </message>
    <message>
        <source>Service post changed</source>
        <translation>修改服务岗位</translation>
    </message>
    <message>
        <source>Service post closed</source>
        <translation>关闭服务岗位</translation>
    </message>
    <message>
        <source>Service post claimed</source>
        <translation>认领服务岗位</translation>
    </message>
    <message>
        <source>Service post released</source>
        <translation>取消认领服务岗位</translation>
    </message>
    <message>
        <source>Service record added</source>
        <translation>新增服务记录</translation>
    </message>
    <message>
        <source>Service record changed</source>
        <translation>修改服务记录</translation>
    </message>
    <message>
        <source>Service record deleted</source>
        <translation>删除服务记录</translation>
    </message>
    <message>
        <source>Joint meeting recorded</source>
        <translation>登记联席会议</translation>
    </message>
    <message>
        <source>Joint meeting changed</source>
        <translation>修改联席会议</translation>
    </message>
    <message>
        <source>Joint meeting deleted</source>
        <translation>删除联席会议</translation>
    </message>
    <message>
        <source>Joint meeting decision followed up</source>
        <translation>督办联席会议议定事项</translation>
    </message>
    <message>
        <source>Chair rota generated</source>
        <translation>生成轮值主席轮值表</translation>
    </message>
    <message>
        <source>Chair of a month changed</source>
        <translation>修改某月轮值主席</translation>
    </message>
    <message>
        <source>Unit activity recorded</source>
        <translation>登记单位活动</translation>
    </message>
    <message>
        <source>Unit activity changed</source>
        <translation>修改单位活动</translation>
    </message>
    <message>
        <source>Unit activity deleted</source>
        <translation>删除单位活动</translation>
    </message>
    <message>
        <source>Service fund budget set</source>
        <translation>设置服务群众专项经费预算</translation>
    </message>
    <message>
        <source>Fund project approved</source>
        <translation>批准专项经费项目</translation>
    </message>
    <message>
        <source>Fund project changed</source>
        <translation>修改专项经费项目</translation>
    </message>
    <message>
        <source>Fund project deleted</source>
        <translation>删除专项经费项目</translation>
    </message>
    <message>
        <source>Fund spending recorded</source>
        <translation>登记专项经费支出</translation>
    </message>
    <message>
        <source>Fund spending changed</source>
        <translation>修改专项经费支出</translation>
    </message>
    <message>
        <source>Fund spending deleted</source>
        <translation>删除专项经费支出</translation>
    </message>
    <message>
        <source>Service fund evaluation recorded</source>
        <translation>登记服务群众专项经费绩效考评</translation>
    </message>
    <message>
        <source>Micro-wish recorded</source>
        <translation>登记微心愿</translation>
    </message>
    <message>
        <source>Micro-wish changed</source>
        <translation>修改微心愿</translation>
    </message>
    <message>
        <source>Micro-wish published</source>
        <translation>发布微心愿</translation>
    </message>
    <message>
        <source>Micro-wish claimed</source>
        <translation>认领微心愿</translation>
    </message>
    <message>
        <source>Micro-wish fulfilled</source>
        <translation>完成微心愿</translation>
    </message>
    <message>
        <source>Micro-wish withdrawn</source>
        <translation>撤回微心愿</translation>
    </message>
    <message>
        <source>Micro-wish moved back a stage</source>
        <translation>微心愿退回上一步</translation>
    </message>
    <message>
        <source>Micro-wish photo added</source>
        <translation>添加微心愿照片</translation>
    </message>
    <message>
        <source>Micro-wish photo removed</source>
        <translation>删除微心愿照片</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Organisation (no.)</source>
        <translation>所在党组织（编号）</translation>
    </message>
    <message>
        <source>Grid (no.)</source>
        <translation>所在网格（编号）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>Activist from</source>
        <translation>确定为入党积极分子日期</translation>
    </message>
    <message>
        <source>Candidate from</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member from</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Service post</source>
        <translation>认领服务岗位</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>Floating to/from</source>
        <translation>流动地点</translation>
    </message>
    <message>
        <source>Floating since</source>
        <translation>流动日期</translation>
    </message>
    <message>
        <source>Contact while floating</source>
        <translation>流动期间联系方式</translation>
    </message>
    <message>
        <source>Activity card no.</source>
        <translation>活动证编号</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参加组织生活情况</translation>
    </message>
    <message>
        <source>Home organisation</source>
        <translation>原所在党组织</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>Way of leaving</source>
        <translation>离开方式</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>离开原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Organisation above (no.)</source>
        <translation>上级党组织（编号）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>副书记</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>任期开始</translation>
    </message>
    <message>
        <source>Term until</source>
        <translation>任期届满</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: entry no. %1 (recorded %2) does not follow from the entries before it. It was changed, or an entry before it was removed or inserted, outside PartyDesk.</source>
        <translation>审计日志已被篡改：第 %1 条记录（记录时间 %2）与之前的记录衔接不上。该条记录在本软件之外被修改过，或其之前有记录被删除或插入。</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>党员 %1</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>党组织 %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>member statistics</source>
        <translation>党员统计</translation>
    </message>
    <message>
        <source>monthly report %1</source>
        <translation>%1 月报</translation>
    </message>
    <message>
        <source>star rating %1</source>
        <translation>%1 年度评星定级</translation>
    </message>
    <message>
        <source>score sheets %1</source>
        <translation>%1 年度评分表</translation>
    </message>
    <message>
        <source>ID numbers masked</source>
        <translation>身份证号已遮盖</translation>
    </message>
    <message>
        <source>full ID numbers</source>
        <translation>完整身份证号</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3</source>
        <translation>%1：%2 行，%3</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
</context>
<context>
    <name>BackupCatalogue</name>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be written (is the drive plugged in?). Choose another folder under File → Backups and Restore.</source>
        <translation>无法写入备份文件夹“%1”（驱动器是否已连接？）。请在“文件 → 备份与恢复”中选择其他文件夹。</translation>
    </message>
    <message>
        <source>Before this change the workspace is backed up, and the backup failed, so nothing was changed: %1</source>
        <translation>进行此项改动前需要先备份工作区，但备份失败，因此未作任何改动：%1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Backups in %1:</source>
        <translation>%1 中的备份：</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  （无）</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 名党员</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>Warning: the last good backup is more than a week old.</source>
        <translation>警告：最近一次成功的备份已超过一周。</translation>
    </message>
    <message>
        <source>Writes a verified backup of the workspace. Without --out it goes into the workspace&apos;s backup folder (default: a &quot;backups&quot; folder beside the workspace), which is then rotated: every backup of the last 24 hours and the newest of each of the last 7 days, 4 weeks and 12 months are kept (see --keep). Exit status 0 written, 1 failed or cancelled, 2 usage error.</source>
        <translation>为工作区写入一份经过校验的备份。不加 --out 时，备份写入工作区的备份文件夹（默认为工作区旁边的“backups”文件夹），并按规则轮换保留：最近 24 小时内的备份全部保留，最近 7 天、4 周和 12 个月中每天、每周、每月各保留最新的一份（见 --keep）。退出码：0 已写入；1 失败或已取消；2 用法错误。</translation>
    </message>
    <message>
        <source>Backup.</source>
        <translation>备份。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Writes the backup to this file instead (no rotation).</source>
        <translation>改为把备份写入此文件（不轮换）。</translation>
    </message>
    <message>
        <source>Encrypts the backup with the password in --password-file (.pdenc).</source>
        <translation>用 --password-file 中的密码加密备份（.pdenc）。</translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation>第一行为密码的文件。</translation>
    </message>
    <message>
        <source>Lists the backups of the workspace and writes none.</source>
        <translation>列出工作区的备份，不写入新备份。</translation>
    </message>
    <message>
        <source>Sets the workspace&apos;s backup folder (remembered).</source>
        <translation>设置工作区的备份文件夹（设置会被记住）。</translation>
    </message>
    <message>
        <source>Sets how many daily, weekly and monthly backups rotation keeps (remembered).</source>
        <translation>设置轮换时保留的每日、每周和每月备份份数（设置会被记住）。</translation>
    </message>
    <message>
        <source>Use: partydesk backup [--out FILE] --db FILE (partydesk help backup lists the options)</source>
        <translation>用法：partydesk backup [--out FILE] --db FILE（各选项见 partydesk help backup）</translation>
    </message>
    <message>
        <source>--encrypt needs --password-file FILE, and --password-file is only for --encrypt.</source>
        <translation>--encrypt 需要配合 --password-file FILE 使用，--password-file 也只能与 --encrypt 一起使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; name a new file.</source>
        <translation>“%1”已存在，请指定一个新文件名。</translation>
    </message>
    <message>
        <source>--keep takes three numbers: days,weeks,months (for example 7,4,12).</source>
        <translation>--keep 需要三个数字：天数,周数,月数（例如 7,4,12）。</translation>
    </message>
    <message>
        <source>The backup settings could not be saved: %1</source>
        <translation>无法保存备份设置：%1</translation>
    </message>
    <message>
        <source>Backup folder: %1; kept: %2 daily, %3 weekly, %4 monthly.</source>
        <translation>备份文件夹：%1；保留：每日 %2 份，每周 %3 份，每月 %4 份。</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>已取消，未写入任何备份。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2)</source>
        <translation>备份已写入并通过校验：%1（%2）</translation>
    </message>
    <message>
        <source>Puts a backup in place of the workspace file. The backup is checked first, and the current file is backed up (into the backup folder) before it is replaced. Close PartyDesk&apos;s window on this workspace first. Exit status 0 restored, 1 failed or cancelled (the workspace unchanged), 2 usage error.</source>
        <translation>用备份替换工作区文件。会先检查备份，并在替换前把当前文件备份到备份文件夹中。请先关闭本软件中打开此工作区的窗口。退出码：0 已恢复；1 失败或已取消（工作区未改动）；2 用法错误。</translation>
    </message>
    <message>
        <source>Restore.</source>
        <translation>恢复。</translation>
    </message>
    <message>
        <source>The backup (.sqlite, or .pdenc when encrypted).</source>
        <translation>备份文件（.sqlite，加密备份为 .pdenc）。</translation>
    </message>
    <message>
        <source>The workspace file to replace.</source>
        <translation>要替换的工作区文件。</translation>
    </message>
    <message>
        <source>A file whose first line is the password of an encrypted backup.</source>
        <translation>第一行为加密备份密码的文件。</translation>
    </message>
    <message>
        <source>Use: partydesk restore BACKUP --db FILE (partydesk help restore lists the options)</source>
        <translation>用法：partydesk restore BACKUP --db FILE（各选项见 partydesk help restore）</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; does not exist.</source>
        <translation>备份“%1”不存在。</translation>
    </message>
    <message>
        <source>Cancelled; the workspace was not changed.</source>
        <translation>已取消，工作区未作任何改动。</translation>
    </message>
    <message>
        <source>The workspace as it was is backed up as %1</source>
        <translation>恢复前的工作区已备份为 %1</translation>
    </message>
    <message>
        <source>Restored from %1: %2 members on the roster.</source>
        <translation>已从 %1 恢复：花名册中有 %2 名党员。</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <source>&quot;%1&quot; cannot be replaced (%2). Is it open in another program?</source>
        <translation>无法替换“%1”（%2）。该文件是否已在其他程序中打开？</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>BackupReason</name>
    <message>
        <source>Start of the day</source>
        <translation>每日自动备份</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before a roster import</source>
        <translation>导入花名册前</translation>
    </message>
    <message>
        <source>Before a score-sheet import</source>
        <translation>导入评分表前</translation>
    </message>
    <message>
        <source>Before reopening a rating year</source>
        <translation>重新打开评定年度前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup &quot;%1&quot; does not exist.</source>
        <translation>备份“%1”不存在。</translation>
    </message>
    <message>
        <source>A workspace cannot be restored from itself.</source>
        <translation>不能用工作区自身来恢复该工作区。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PartyDesk workspace; a backup is not put in its place.</source>
        <translation>“%1”不是社区党建工作台的工作区，不能用备份替换它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted: enter its password.</source>
        <translation>“%1”已加密：请输入其密码。</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1 The workspace was not changed.</source>
        <translation>无法恢复该备份：%1工作区未作任何改动。</translation>
    </message>
    <message>
        <source>The current workspace could not be backed up first, so nothing was restored: %1</source>
        <translation>未能先备份当前工作区，因此未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>The current workspace is damaged and could not be copied aside to &quot;%1&quot;, so nothing was restored. Free some space there or choose another backup folder.</source>
        <translation>当前工作区已损坏，且无法另存到“%1”，因此未恢复任何内容。请在该处腾出空间，或选择其他备份文件夹。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still open in another program (another PartyDesk window?). Close it and restore again; the workspace was not changed.</source>
        <translation>“%1”仍在其他程序中打开（是否还有另一个社区党建工作台窗口？）。请关闭后重新恢复；工作区未作任何改动。</translation>
    </message>
    <message>
        <source>The restored copy could not be flushed to the disk; the workspace was not changed.</source>
        <translation>恢复的副本未能完整写入磁盘；工作区未作任何改动。</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>the disk is full; free some space or choose another backup folder</source>
        <translation>磁盘已满，请腾出空间或选择其他备份文件夹</translation>
    </message>
    <message>
        <source>the backup folder cannot be written; choose another one</source>
        <translation>无法写入备份文件夹，请选择其他文件夹</translation>
    </message>
    <message>
        <source>the disk reported a read or write error; check the drive or choose another backup folder</source>
        <translation>磁盘报告了读写错误，请检查该驱动器或选择其他备份文件夹</translation>
    </message>
    <message>
        <source>the workspace file is damaged</source>
        <translation>工作区文件已损坏</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>无法开始备份：%1</translation>
    </message>
    <message>
        <source>The backup copy could not be written: %1.</source>
        <translation>无法写入备份副本：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable PartyDesk backup: %2</source>
        <translation>“%1”不是可读取的社区党建工作台备份：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PartyDesk workspace or backup.</source>
        <translation>“%1”不是社区党建工作台的工作区或备份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of PartyDesk (schema %2; this version knows up to %3); please upgrade PartyDesk first.</source>
        <translation>“%1”由更新版本的社区党建工作台创建（数据结构版本 %2，本版本最高支持 %3），请先升级本软件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed its integrity check (%2).</source>
        <translation>“%1”未通过完整性检查（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>The backup copy did not pass its check, so it was not kept: %1 The workspace file itself may be damaged.</source>
        <translation>备份副本未通过检查，因此未予保留：%1工作区文件本身可能已损坏。</translation>
    </message>
    <message>
        <source>The backup copy could not be flushed to the disk &quot;%1&quot;.</source>
        <translation>备份副本未能完整写入磁盘“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>BranchMatcher</name>
    <message>
        <source>No organisation in this workspace is named &quot;%1&quot;.</source>
        <translation>本工作区中没有名为“%1”的党组织。</translation>
    </message>
    <message>
        <source>%1 organisations are named &quot;%2&quot;: write the organisation above it too, such as &quot;%3&quot;.</source>
        <translation>有 %1 个党组织都名为“%2”：请同时写上其上级党组织，如“%3”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a committee; members belong to one of its branches.</source>
        <translation>“%1”是党委，党员只能归属其下的党支部：请填写具体的党支部。</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>The chart is empty; &quot;%1&quot; was not written.</source>
        <translation>图表没有数据，未写入“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved. %2</source>
        <translation>“%1”未保存。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved: the image written cannot be read back.</source>
        <translation>“%1”未保存：写入的图片无法读回。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Builds a demo workspace with realistic, deterministic data.</source>
        <translation>生成一个数据逼真、结果固定的演示工作区。</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>要创建的工作区文件。</translation>
    </message>
    <message>
        <source>The day the data is generated for (YYYY-MM-DD).</source>
        <translation>生成数据所依据的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Build demo data.</source>
        <translation>生成演示数据。</translation>
    </message>
    <message>
        <source>Name the file to create with --db FILE.</source>
        <translation>请用 --db 文件名 指定要创建的文件。</translation>
    </message>
    <message>
        <source>Unknown scale &quot;%1&quot;: use community or district.</source>
        <translation>未知规模“%1”：请使用 community 或 district。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD.</source>
        <translation>“%1”不是日期：请按 YYYY-MM-DD 输入。</translation>
    </message>
    <message>
        <source>Renders a page of the window to a PNG file, without a display.</source>
        <translation>无需显示器，把窗口的一个页面保存为 PNG 图片。</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>The workspace (default: a fresh demo community).</source>
        <translation>工作区文件（默认：新生成的演示社区）。</translation>
    </message>
    <message>
        <source>zh_CN or en.</source>
        <translation>zh_CN（简体中文）或 en（英文）。</translation>
    </message>
    <message>
        <source>Render a page.</source>
        <translation>保存页面截图。</translation>
    </message>
    <message>
        <source>Name the PNG file with --out FILE.</source>
        <translation>请用 --out 文件名 指定 PNG 文件。</translation>
    </message>
    <message>
        <source>demo community</source>
        <translation>演示社区</translation>
    </message>
    <message>
        <source>Community Party-Building Desk</source>
        <translation>社区党建工作台</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Before upgrading, a copy was saved as %1</source>
        <translation>升级前已将原文件备份为 %1</translation>
    </message>
    <message>
        <source>The workspace file is damaged</source>
        <translation>工作区文件已损坏</translation>
    </message>
    <message>
        <source>Builds a demo workspace (a community or a whole district).</source>
        <translation>生成演示工作区（一个社区或整个区）。</translation>
    </message>
    <message>
        <source>Exports the roster or the member statistics to Excel or PDF.</source>
        <translation>把花名册或党员统计导出为 Excel 或 PDF。</translation>
    </message>
    <message>
        <source>Writes the monthly report of theme Party days (PDF or Excel).</source>
        <translation>生成主题党日月报（PDF 或 Excel）。</translation>
    </message>
    <message>
        <source>Star rating: new year, blank score sheets, import of filled sheets, annual report.</source>
        <translation>评星定级：新建年度、导出空白评分表、导入填好的评分表、年度报告。</translation>
    </message>
    <message>
        <source>Renders a page of the window to a PNG file.</source>
        <translation>把窗口的一个页面保存为 PNG 图片。</translation>
    </message>
    <message>
        <source>Community Party-Building Desk %1</source>
        <translation>社区党建工作台 %1</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>  partydesk [--db FILE] [--lang zh_CN|en]   opens the window</source>
        <translation>  partydesk [--db FILE] [--lang zh_CN|en]   打开主窗口</translation>
    </message>
    <message>
        <source>  partydesk COMMAND [OPTIONS]               runs a command without a window</source>
        <translation>  partydesk COMMAND [OPTIONS]               不打开窗口，直接执行命令</translation>
    </message>
    <message>
        <source>  partydesk help COMMAND                    the options of one command</source>
        <translation>  partydesk help COMMAND                    查看某个命令的选项</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation>窗口模式选项：</translation>
    </message>
    <message>
        <source>  --db FILE      the workspace file (default: in your application-data folder)</source>
        <translation>  --db FILE      工作区文件（默认位于用户的应用数据文件夹）</translation>
    </message>
    <message>
        <source>  --lang LANG    zh_CN (default) or en</source>
        <translation>  --lang LANG    zh_CN（简体中文，默认）或 en（英文）</translation>
    </message>
    <message>
        <source>  -h, --help     this help</source>
        <translation>  -h, --help     显示本帮助</translation>
    </message>
    <message>
        <source>  -v, --version  the version</source>
        <translation>  -v, --version  显示版本号</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>community (about 400 people on the roster) or district (100,000).</source>
        <translation>community（社区规模，花名册约400人）或 district（区级规模，约10万人）。</translation>
    </message>
    <message>
        <source>Demo workspace %1: %2 organisations (%3 branches), %4 grids, in %5 s.</source>
        <translation>演示工作区 %1：%2 个党组织（其中党支部 %3 个），%4 个网格，用时 %5 秒。</translation>
    </message>
    <message>
        <source>Imports a roster from Excel (.xlsx, .xls) or CSV, with a preview; template, history and undo of imports.</source>
        <translation>从 Excel（.xlsx、.xls）或 CSV 文件导入花名册，导入前可预览；还可生成导入模板、查看导入记录和撤销导入。</translation>
    </message>
    <message>
        <source>The page: %1.</source>
        <translation>要截图的页面：%1。</translation>
    </message>
    <message>
        <source>The window&apos;s size, such as 1366x768 (default: its own).</source>
        <translation>窗口尺寸，如 1366x768（默认：窗口自身的尺寸）。</translation>
    </message>
    <message>
        <source>Give the size as WIDTHxHEIGHT, such as 1366x768.</source>
        <translation>请按 WIDTHxHEIGHT（宽x高）的格式指定尺寸，如 1366x768。</translation>
    </message>
    <message>
        <source>Checks a workspace (whole-file integrity check) and exported .xlsx or .pdf files.</source>
        <translation>检查工作区（对整个文件做完整性检查）以及导出的 .xlsx 或 .pdf 文件。</translation>
    </message>
    <message>
        <source>The workspace file to check.</source>
        <translation>要检查的工作区文件。</translation>
    </message>
    <message>
        <source>Exported .xlsx or .pdf files to check.</source>
        <translation>要检查的已导出 .xlsx 或 .pdf 文件。</translation>
    </message>
    <message>
        <source>Name a workspace with --db FILE, or files to check.</source>
        <translation>请用 --db FILE 指定工作区，或指定要检查的文件。</translation>
    </message>
    <message>
        <source>%1: the workspace is sound (schema %2)%3.</source>
        <translation>%1：工作区完好（数据结构版本 %2）%3。</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>，只读</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is incomplete or damaged (%2).</source>
        <translation>“%1”不完整或已损坏（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only .xlsx and .pdf files can be checked.</source>
        <translation>“%1”：只能检查 .xlsx 和 .pdf 文件。</translation>
    </message>
    <message>
        <source>%1: complete.</source>
        <translation>%1：完整。</translation>
    </message>
    <message>
        <source>Writes a verified backup of the workspace (rotating, or to a file; optionally encrypted); lists the backups.</source>
        <translation>为工作区写入一份经过校验的备份（轮换保留，或写入指定文件；可加密）；列出已有备份。</translation>
    </message>
    <message>
        <source>Checks that a workspace is sound and that exported files are complete.</source>
        <translation>检查工作区是否完好、导出的文件是否完整。</translation>
    </message>
    <message>
        <source>Puts a backup in place of the workspace (the current file is backed up first).</source>
        <translation>用备份替换工作区（会先备份当前文件）。</translation>
    </message>
    <message>
        <source>This workspace asks for sign-in: set PARTYDESK_USER to your user name (and PARTYDESK_PASSWORD, or type the password when asked).</source>
        <translation>此工作区需要登录：请把 PARTYDESK_USER 设为您的用户名（并设置 PARTYDESK_PASSWORD，或在提示时输入密码）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>Writes the user manual as a PDF for printing.</source>
        <translation>生成使用手册的 PDF 文件，供打印。</translation>
    </message>
    <message>
        <source>Data packages between a community and its street: keys, export, what a package would change, and its import.</source>
        <translation>社区与街道之间的数据包：密钥、导出、数据包会带来哪些变化，以及导入。</translation>
    </message>
    <message>
        <source>Copies a workspace file onto a PostgreSQL server, for several PCs at once.</source>
        <translation>把工作区文件复制到 PostgreSQL 服务器上，供多台电脑同时使用。</translation>
    </message>
    <message>
        <source>Copies a workspace file into an empty database on a PostgreSQL server, every record as it is, so that several PCs can work on it at once. The file is left as it was.</source>
        <translation>把工作区文件的每条记录原样复制到 PostgreSQL 服务器上的一个空数据库中，供多台电脑同时使用。原文件保持不变。</translation>
    </message>
    <message>
        <source>The workspace file to copy.</source>
        <translation>要复制的工作区文件。</translation>
    </message>
    <message>
        <source>The server&apos;s database: postgresql://user@host/database.</source>
        <translation>服务器上的数据库：postgresql://用户名@服务器/数据库。</translation>
    </message>
    <message>
        <source>Copy to a server.</source>
        <translation>复制到服务器。</translation>
    </message>
    <message>
        <source>Use: partydesk upload --from FILE --db postgresql://user@host/database</source>
        <translation>用法：partydesk upload --from 文件 --db postgresql://用户名@服务器/数据库</translation>
    </message>
    <message>
        <source>%1 was copied to %2.</source>
        <translation>已将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>The workspace file, or a shared workspace on a server: postgresql://user@host/database (default: a file in your application-data folder).</source>
        <translation>工作区文件，或服务器上的共享工作区：postgresql://用户名@服务器/数据库（默认：应用数据文件夹中的文件）。</translation>
    </message>
</context>
<context>
    <name>CoBuilding</name>
    <message>
        <source>Open</source>
        <translation>待对接</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已对接</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>CoBuildingDialogs</name>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>CoBuildingListsPage</name>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>CoBuildingReports</name>
    <message>
        <source>%1, as of %2</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>Needs list</source>
        <translation>需求清单</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>承接项目</translation>
    </message>
    <message>
        <source>Resources list</source>
        <translation>资源清单</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>提供日期</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用项目</translation>
    </message>
    <message>
        <source>Projects list</source>
        <translation>项目清单</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>参与单位</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>对应需求</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>使用资源</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
</context>
<context>
    <name>CoBuildingService</name>
    <message>
        <source>Choose the co-building unit.</source>
        <translation>请选择共建单位。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写人员姓名。</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <source>Choose a community committee for the need.</source>
        <translation>请选择该需求所属的社区党委。</translation>
    </message>
    <message>
        <source>Enter what is needed.</source>
        <translation>请填写需求内容。</translation>
    </message>
    <message>
        <source>Enter the day the need was raised.</source>
        <translation>请填写需求提出日期。</translation>
    </message>
    <message>
        <source>The day the need was raised is in the future.</source>
        <translation>需求提出日期晚于今天。</translation>
    </message>
    <message>
        <source>Choose the need&apos;s status.</source>
        <translation>请选择需求状态。</translation>
    </message>
    <message>
        <source>Enter the day the need was met or dropped.</source>
        <translation>请填写需求解决或撤销的日期。</translation>
    </message>
    <message>
        <source>The need is closed before it was raised.</source>
        <translation>办结日期早于需求提出日期。</translation>
    </message>
    <message>
        <source>The closing day is in the future.</source>
        <translation>办结日期晚于今天。</translation>
    </message>
    <message>
        <source>The grid is not one of the community&apos;s.</source>
        <translation>该网格不属于本社区。</translation>
    </message>
    <message>
        <source>The need no longer exists.</source>
        <translation>该需求已不存在。</translation>
    </message>
    <message>
        <source>Choose the unit that offers it.</source>
        <translation>请选择提供该资源的单位。</translation>
    </message>
    <message>
        <source>Enter what the unit offers.</source>
        <translation>请填写单位提供的资源。</translation>
    </message>
    <message>
        <source>Enter the day it was offered.</source>
        <translation>请填写资源提供日期。</translation>
    </message>
    <message>
        <source>The day it was offered is in the future.</source>
        <translation>资源提供日期晚于今天。</translation>
    </message>
    <message>
        <source>It is withdrawn before it was offered.</source>
        <translation>撤回日期早于提供日期。</translation>
    </message>
    <message>
        <source>The resource no longer exists.</source>
        <translation>该资源已不存在。</translation>
    </message>
    <message>
        <source>Projects of another community use the resource: keep it with a unit of its community.</source>
        <translation>其他社区的项目使用了该资源：请仍将其保留在该社区的共建单位名下。</translation>
    </message>
    <message>
        <source>Choose a community committee for the project.</source>
        <translation>请选择该项目所属的社区党委。</translation>
    </message>
    <message>
        <source>Enter the project&apos;s title.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>The lead unit is not a co-building unit of this community.</source>
        <translation>牵头单位不是本社区的共建单位。</translation>
    </message>
    <message>
        <source>A unit taking part is not one of this community&apos;s.</source>
        <translation>有参与单位不是本社区的共建单位。</translation>
    </message>
    <message>
        <source>The project is due before it starts.</source>
        <translation>项目完成期限早于开始日期。</translation>
    </message>
    <message>
        <source>Choose the project&apos;s status.</source>
        <translation>请选择项目状态。</translation>
    </message>
    <message>
        <source>Enter the day the project was finished.</source>
        <translation>请填写项目结束日期。</translation>
    </message>
    <message>
        <source>Only a done or dropped project has a finishing day: change its status or clear the day.</source>
        <translation>只有已完成或已撤销的项目才有结束日期：请修改项目状态，或清空结束日期。</translation>
    </message>
    <message>
        <source>The project is finished before it starts.</source>
        <translation>项目结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The finishing day is in the future.</source>
        <translation>结束日期晚于今天。</translation>
    </message>
    <message>
        <source>Describe the results of the finished project.</source>
        <translation>请填写已完成项目的成效。</translation>
    </message>
    <message>
        <source>A need is not on this community&apos;s list.</source>
        <translation>有需求不在本社区的需求清单中。</translation>
    </message>
    <message>
        <source>A resource is not one of this community&apos;s units&apos;.</source>
        <translation>有资源不属于本社区的共建单位。</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
</context>
<context>
    <name>CoBuildingUnitYear</name>
    <message>
        <source>Unit</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Resources offered (%1)</source>
        <translation>提供资源（%1项）</translation>
    </message>
    <message>
        <source>Projects led (%1)</source>
        <translation>牵头项目（%1个）</translation>
    </message>
    <message>
        <source>Projects joined (%1)</source>
        <translation>参与项目（%1个）</translation>
    </message>
    <message>
        <source>Joint meetings</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>attended %1, chaired %2: %3</source>
        <translation>出席 %1 次，主持 %2 次：%3</translation>
    </message>
    <message>
        <source>Rotating chair in months</source>
        <translation>担任轮值主席月份</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>开展活动（%1次）</translation>
    </message>
    <message>
        <source>Decisions carried out</source>
        <translation>议定事项落实情况</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3</source>
        <translation>%2 项中已办结 %1 项：%3</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>考评意见</translation>
    </message>
    <message>
        <source>Co-building unit&apos;s yearly evaluation %1</source>
        <translation>%1年度共建单位考评表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Facts of the year</source>
        <translation>年度情况</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评价等次</translation>
    </message>
    <message>
        <source>□ Excellent    □ Good    □ Fair    □ Poor</source>
        <translation>□ 优秀&#x3000;&#x3000;□ 良好&#x3000;&#x3000;□ 一般&#x3000;&#x3000;□ 较差</translation>
    </message>
    <message>
        <source>Community Party committee (seal)</source>
        <translation>社区党委（盖章）</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>%1 %2</source>
        <translation>%1年%2</translation>
    </message>
</context>
<context>
    <name>ConfirmDeletion</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation>数据库结构第 %1 步升级失败：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PartyDesk database (it is not an SQLite file). Nothing was changed.</source>
        <translation>“%1”不是社区党建工作台的数据文件（不是 SQLite 文件）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (integrity check: %2). Nothing was changed; restore it from a backup.</source>
        <translation>“%1”已损坏（完整性检查结果：%2）。文件未作任何改动，请用备份恢复。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a PartyDesk workspace. Nothing was changed.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是社区党建工作台的工作区。文件未作任何改动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of PartyDesk (schema %2; this version knows up to %3). Nothing was changed; please upgrade.</source>
        <translation>“%1”由更新版本的社区党建工作台创建（数据结构版本 %2，本版本最高支持 %3）。文件未作任何改动，请升级本软件。</translation>
    </message>
    <message>
        <source>Before upgrading, a backup copy could not be written to &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation>升级前无法写入备份文件“%1”：%2。文件未作任何改动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be upgraded: %2</source>
        <translation>“%1”升级失败：%2</translation>
    </message>
    <message>
        <source>Schema step %1 would leave rows in %2 that refer to rows that no longer exist; the step was undone.</source>
        <translation>第 %1 步数据库结构升级会使 %2 中的记录指向已不存在的记录，该步已撤销。</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; does not exist.</source>
        <translation>工作区“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty (0 bytes), not a PartyDesk workspace. Nothing was changed. A new workspace is made by opening it in PartyDesk or with `partydesk demo`.</source>
        <translation>“%1”是空文件（0 字节），不是社区党建工作台的工作区。文件未作任何改动。新工作区可在本软件中打开该文件或用 `partydesk demo` 生成。</translation>
    </message>
    <message>
        <source>This workspace is open read-only: its file, folder or drive cannot be written. You can view, print and export; to make changes, copy the file to a folder where you may write (e.g. Documents) and open the copy.</source>
        <translation>此工作区以只读方式打开：其文件、文件夹或驱动器无法写入。您可以查看、打印和导出；如需修改，请把该文件复制到您有写入权限的文件夹（如“文档”）中，再打开副本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: you have no permission to read it.</source>
        <translation>无法读取“%1”：您没有读取该文件的权限。</translation>
    </message>
    <message>
        <source>A workspace cannot be created in &quot;%1&quot;: the folder is read-only. Choose a folder of your own.</source>
        <translation>无法在“%1”中创建工作区：该文件夹是只读的。请选择您自己的文件夹。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened. %2</source>
        <translation>无法打开“%1”。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used. %2</source>
        <translation>无法使用“%1”。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty SQLite file, not a PartyDesk workspace. Nothing was changed.</source>
        <translation>“%1”是空的 SQLite 文件，不是社区党建工作台的工作区。文件未作任何改动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by an older PartyDesk and must be upgraded before use, but it is read-only. Copy it to a folder where you may write and open the copy. Nothing was changed.</source>
        <translation>“%1”由旧版社区党建工作台创建，使用前必须升级，但该文件是只读的。请把它复制到您有写入权限的文件夹中，再打开副本。文件未作任何改动。</translation>
    </message>
    <message>
        <source>This PartyDesk cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is not installed.</source>
        <translation>本程序无法连接 PostgreSQL 服务器：未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached or refused the connection: %2</source>
        <translation>无法连接服务器 %1，或服务器拒绝了连接：%2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 holds another program&apos;s tables, not a PartyDesk workspace. Nothing was changed; ask for an empty database of its own.</source>
        <translation>数据库 %1 中是其他程序的表，不是本程序的工作区。未做任何改动；请向管理员申请一个专用的空数据库。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of PartyDesk (schema %2; this version knows up to %3). Nothing was changed; please upgrade.</source>
        <translation>数据库 %1 由更新版本的本程序写入（结构版本 %2；本版本最高支持 %3）。未做任何改动；请升级程序。</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded: %2</source>
        <translation>数据库 %1 无法升级：%2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The workspace already holds organisations; demo data goes only into a new, empty file.</source>
        <translation>该工作区已有党组织数据；演示数据只能生成到新的空文件中。</translation>
    </message>
</context>
<context>
    <name>DevelopmentDocument</name>
    <message>
        <source>Letter of application</source>
        <translation>入党申请书</translation>
    </message>
    <message>
        <source>Thought report</source>
        <translation>思想汇报</translation>
    </message>
    <message>
        <source>Political review materials</source>
        <translation>政审材料</translation>
    </message>
    <message>
        <source>Training certificate</source>
        <translation>培训结业证明</translation>
    </message>
    <message>
        <source>Party membership application form</source>
        <translation>入党志愿书</translation>
    </message>
    <message>
        <source>Application for full membership</source>
        <translation>转正申请</translation>
    </message>
</context>
<context>
    <name>DevelopmentReport</name>
    <message>
        <source>%1, as of %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message>
        <source>Development of new members</source>
        <translation>发展党员情况</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>所处阶段</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一事项</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>培养联系人</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>入党介绍人</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Probations ending</source>
        <translation>预备期届满情况</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>预备期</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>预备期届满日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
</context>
<context>
    <name>DevelopmentService</name>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 晚于今天。</translation>
    </message>
    <message>
        <source>Enter the date %1 was received.</source>
        <translation>请填写收到%1的日期。</translation>
    </message>
    <message>
        <source>%1 is dated %2, in the future.</source>
        <translation>%1的日期为 %2，晚于今天。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>该党员记录已不存在。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>%1 cannot become %2 on %3: %4</source>
        <translation>%1 于 %3 尚不具备转为%2的条件：%4</translation>
    </message>
    <message>
        <source>Choose the organisation the plan is for.</source>
        <translation>请选择制定计划的党组织。</translation>
    </message>
    <message>
        <source>The numbers of a plan cannot be negative.</source>
        <translation>计划人数不能为负数。</translation>
    </message>
    <message>
        <source>The young people and the women planned are part of the %1 planned.</source>
        <translation>计划发展的青年和女性人数应包含在计划发展总数（%1 名）之内。</translation>
    </message>
</context>
<context>
    <name>DevelopmentSteps</name>
    <message>
        <source>Talk with the applicant</source>
        <translation>与入党申请人谈话</translation>
    </message>
    <message>
        <source>Two contacts assigned</source>
        <translation>指定两名培养联系人</translation>
    </message>
    <message>
        <source>Quarterly thought report</source>
        <translation>每季度思想汇报</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>已收 %1 份，应交 %2 份</translation>
    </message>
    <message>
        <source>A year of training and observation</source>
        <translation>一年以上培养考察</translation>
    </message>
    <message>
        <source>Political review</source>
        <translation>政审</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <source>%1 class hours</source>
        <translation>%1 学时</translation>
    </message>
    <message>
        <source>Two sponsors</source>
        <translation>两名入党介绍人</translation>
    </message>
    <message>
        <source>18 years old</source>
        <translation>年满18周岁</translation>
    </message>
    <message>
        <source>Approval by the committee above</source>
        <translation>上级党组织审批</translation>
    </message>
    <message>
        <source>Oath taken</source>
        <translation>入党宣誓</translation>
    </message>
    <message>
        <source>Conversion by the branch meeting</source>
        <translation>支部党员大会讨论转正</translation>
    </message>
    <message>
        <source>probation extended to %1</source>
        <translation>预备期延长至 %1</translation>
    </message>
    <message>
        <source>%1 is already a full member.</source>
        <translation>%1 已是正式党员。</translation>
    </message>
    <message>
        <source>Enter the date of the step.</source>
        <translation>请填写本步骤的日期。</translation>
    </message>
    <message>
        <source>The date %1 is before the start of the current stage (%2).</source>
        <translation>日期 %1 早于当前阶段的起始日期（%2）。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>尚未登记%1。</translation>
    </message>
    <message>
        <source>%1 is dated %2, after the step.</source>
        <translation>%1的日期为 %2，晚于决定日期。</translation>
    </message>
    <message>
        <source>The talk with the applicant</source>
        <translation>与入党申请人谈话</translation>
    </message>
    <message>
        <source>The first contact</source>
        <translation>第一名培养联系人</translation>
    </message>
    <message>
        <source>The second contact</source>
        <translation>第二名培养联系人</translation>
    </message>
    <message>
        <source>An activist is observed for at least a year: candidate from %1 at the earliest.</source>
        <translation>入党积极分子须经一年以上培养考察：确定为发展对象最早为 %1。</translation>
    </message>
    <message>
        <source>Thought reports: %1 of %2 received.</source>
        <translation>思想汇报：已收 %1 份，应交 %2 份。</translation>
    </message>
    <message>
        <source>The political review</source>
        <translation>政审</translation>
    </message>
    <message>
        <source>The training course</source>
        <translation>集中培训</translation>
    </message>
    <message>
        <source>The training course: %1 class hours recorded, at least %2 needed.</source>
        <translation>集中培训：已登记 %1 学时，至少需要 %2 学时。</translation>
    </message>
    <message>
        <source>The first sponsor</source>
        <translation>第一名入党介绍人</translation>
    </message>
    <message>
        <source>The second sponsor</source>
        <translation>第二名入党介绍人</translation>
    </message>
    <message>
        <source>The birth date is missing: joining needs age 18 or over.</source>
        <translation>缺少出生日期：入党须年满18周岁。</translation>
    </message>
    <message>
        <source>Joining needs age 18 or over: on %1 %2 is %3, 18 on %4.</source>
        <translation>入党须年满18周岁：%1 时 %2 为 %3 岁，%4 年满18周岁。</translation>
    </message>
    <message>
        <source>The approval by the committee above</source>
        <translation>上级党组织审批</translation>
    </message>
    <message>
        <source>The probation ends on %1: conversion from then at the earliest.</source>
        <translation>预备期于 %1 届满：最早自该日起讨论转正。</translation>
    </message>
    <message>
        <source>The class hours of the training cannot be negative.</source>
        <translation>集中培训学时不能为负数。</translation>
    </message>
    <message>
        <source>The talk (%1) comes before the application (%2).</source>
        <translation>谈话日期（%1）早于申请入党日期（%2）。</translation>
    </message>
    <message>
        <source>The approval (%1) comes before the admission (%2).</source>
        <translation>上级党组织审批日期（%1）早于接收为预备党员的日期（%2）。</translation>
    </message>
    <message>
        <source>A probation can only be extended after admission.</source>
        <translation>接收为预备党员后才能延长预备期。</translation>
    </message>
    <message>
        <source>A probation is extended by at most a year: to a day after %1 and at the latest %2.</source>
        <translation>预备期最多延长一年：延长后的届满日期应晚于 %1，且不晚于 %2。</translation>
    </message>
</context>
<context>
    <name>DuesBasis</name>
    <message>
        <source>In work</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>离退休</translation>
    </message>
    <message>
        <source>Fixed minimum</source>
        <translation>固定标准</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>农民</translation>
    </message>
</context>
<context>
    <name>DuesReports</name>
    <message>
        <source>Party dues collection sheet</source>
        <translation>党费收缴登记表</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Dues %1</source>
        <translation>党费 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>交纳类别</translation>
    </message>
    <message>
        <source>Calculation base</source>
        <translation>计算基数</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>应交党费</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实交党费</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>交纳日期</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据编号</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>本人签字</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Branch secretary</source>
        <translation>支部书记</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Party dues ledger %1</source>
        <translation>%1年党费交纳台账</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Dues of the year</source>
        <translation>全年应交</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠交党费</translation>
    </message>
    <message>
        <source>Months unpaid</source>
        <translation>欠交月数</translation>
    </message>
    <message>
        <source>owed %1</source>
        <translation>欠%1</translation>
    </message>
    <message>
        <source>Party dues by branch %1</source>
        <translation>%1年各党支部党费收缴情况</translation>
    </message>
    <message>
        <source>Branches %1</source>
        <translation>各支部 %1</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Reporting unit (seal)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>审核人</translation>
    </message>
</context>
<context>
    <name>DuesService</name>
    <message>
        <source>Each basis needs at least one bracket.</source>
        <translation>每个交纳类别至少要有一个档次。</translation>
    </message>
    <message>
        <source>A rate must lie between 0 % and 100 %.</source>
        <translation>交纳比例应在0%到100%之间。</translation>
    </message>
    <message>
        <source>The last bracket must have no upper bound.</source>
        <translation>最后一档不能设上限。</translation>
    </message>
    <message>
        <source>The brackets&apos; upper bounds must rise, and only the last one may be unbounded.</source>
        <translation>各档上限应逐档递增，且只有最后一档可以不设上限。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>该党员记录已不存在。</translation>
    </message>
    <message>
        <source>Only Party members (full and probationary) pay dues.</source>
        <translation>只有党员（正式党员和预备党员）交纳党费。</translation>
    </message>
    <message>
        <source>Enter the month the base applies from.</source>
        <translation>请填写计算基数的起始月份。</translation>
    </message>
    <message>
        <source>The base cannot start before the member joined the Party (%1).</source>
        <translation>计算基数的起始月份不能早于入党日期（%1）。</translation>
    </message>
    <message>
        <source>The member left the roster in %1; a base cannot start later.</source>
        <translation>该党员已于 %1 离开花名册，计算基数的起始月份不能晚于此。</translation>
    </message>
    <message>
        <source>A base can be set at most twelve months ahead.</source>
        <translation>计算基数最多只能提前十二个月设定。</translation>
    </message>
    <message>
        <source>The income cannot be negative.</source>
        <translation>收入不能为负数。</translation>
    </message>
    <message>
        <source>A farmer&apos;s monthly dues must lie between %1 and %2 yuan.</source>
        <translation>农民党员每月交纳的党费应在 %1 元至 %2 元之间。</translation>
    </message>
    <message>
        <source>There is no base from that month to remove.</source>
        <translation>该月份没有可删除的计算基数。</translation>
    </message>
    <message>
        <source>Choose the month paid for.</source>
        <translation>请选择所交党费的月份。</translation>
    </message>
    <message>
        <source>%1 has not come yet: dues are recorded for months that have come.</source>
        <translation>%1 尚未到来：只能登记已到月份的党费。</translation>
    </message>
    <message>
        <source>%1 owes no dues here for %2 (no dues base yet, not a Party member paying here, or left before).</source>
        <translation>%1 在本社区无须交纳 %2 的党费（尚未设定计算基数、不是在本社区交纳党费的党员，或此前已离开）。</translation>
    </message>
    <message>
        <source>A payment for %1 is already recorded; delete it first to correct it.</source>
        <translation>%1 的党费已有交纳记录；如需更正，请先删除该记录。</translation>
    </message>
    <message>
        <source>Enter the day of payment.</source>
        <translation>请填写交纳日期。</translation>
    </message>
    <message>
        <source>The day of payment is in the future.</source>
        <translation>交纳日期晚于今天。</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>请填写交纳金额。</translation>
    </message>
    <message>
        <source>No payment for %1 is recorded.</source>
        <translation>没有 %1 的交纳记录。</translation>
    </message>
    <message>
        <source>Enter the month the table applies from.</source>
        <translation>请填写该标准的起始月份。</translation>
    </message>
    <message>
        <source>The fixed sum cannot be negative.</source>
        <translation>固定标准的金额不能为负数。</translation>
    </message>
    <message>
        <source>The farmers&apos; range must run from a sum to a larger one.</source>
        <translation>农民党员交纳范围的下限应小于上限。</translation>
    </message>
    <message>
        <source>A rate table applies from this month or a later one: the dues of months already owed are never rewritten.</source>
        <translation>交纳标准只能从本月或以后的月份起执行：已产生的各月应交党费不会被改写。</translation>
    </message>
    <message>
        <source>A rate table from %1 already exists.</source>
        <translation>已有自 %1 起执行的交纳标准。</translation>
    </message>
</context>
<context>
    <name>EncryptedBackup</name>
    <message>
        <source>&quot;%1&quot; cannot be written (%2); check that the disk has room, or choose another place.</source>
        <translation>无法写入“%1”（%2）；请检查磁盘空间是否足够，或选择其他位置。</translation>
    </message>
    <message>
        <source>Enter a password for the encrypted backup.</source>
        <translation>请为加密备份设置密码。</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key of the encrypted backup.</source>
        <translation>内存不足，无法生成加密备份的密钥。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encrypted PartyDesk backup, or it was cut off.</source>
        <translation>“%1”不是社区党建工作台的加密备份，或文件不完整。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of PartyDesk; please upgrade PartyDesk first.</source>
        <translation>“%1”由更新版本的社区党建工作台创建，请先升级本软件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is incomplete: it was cut off after it was written. Use another backup.</source>
        <translation>“%1”不完整：写入后被截断了。请使用其他备份。</translation>
    </message>
    <message>
        <source>The password is wrong, or &quot;%1&quot; was changed after it was written. Nothing was restored; check the password (capitals, input method) and try again.</source>
        <translation>密码错误，或“%1”在写入后被改动过。未恢复任何内容；请检查密码（大小写、输入法）后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed or damaged after it was written; it cannot be used. Use another backup.</source>
        <translation>“%1”在写入后被改动或已损坏，无法使用。请使用其他备份。</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取密码文件“%1”：%2</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is empty; its first line is the password.</source>
        <translation>密码文件“%1”为空；该文件的第一行应为密码。</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册党员</translation>
    </message>
    <message>
        <source>In-service</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <source>Floating (out)</source>
        <translation>流动党员（流出）</translation>
    </message>
    <message>
        <source>Floating (in)</source>
        <translation>流动党员（流入）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <source>Activist</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>离退休</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>下岗失业</translation>
    </message>
    <message>
        <source>In hardship</source>
        <translation>困难党员</translation>
    </message>
    <message>
        <source>Long-standing member</source>
        <translation>老党员</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation>少数民族</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>组织关系转出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Membership stopped</source>
        <translation>停止党籍</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>退党</translation>
    </message>
    <message>
        <source>No longer reports here</source>
        <translation>不再到本社区报到</translation>
    </message>
    <message>
        <source>Street working committee</source>
        <translation>街道党工委</translation>
    </message>
    <message>
        <source>Community committee</source>
        <translation>社区党委</translation>
    </message>
    <message>
        <source>Community big committee</source>
        <translation>社区大党委</translation>
    </message>
    <message>
        <source>Community joint committee</source>
        <translation>社区联合党委</translation>
    </message>
    <message>
        <source>General branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Grid branch</source>
        <translation>网格党支部</translation>
    </message>
    <message>
        <source>Estate branch</source>
        <translation>小区党支部</translation>
    </message>
    <message>
        <source>Non-public organisation branch</source>
        <translation>两新组织党支部</translation>
    </message>
    <message>
        <source>Joint branch</source>
        <translation>联合党支部</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Non-public firm</source>
        <translation>非公企业</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Government or public institution</source>
        <translation>机关事业单位</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>大学本科</translation>
    </message>
    <message>
        <source>College diploma</source>
        <translation>大学专科</translation>
    </message>
    <message>
        <source>Secondary vocational</source>
        <translation>中专</translation>
    </message>
    <message>
        <source>High school</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Middle school or below</source>
        <translation>初中及以下</translation>
    </message>
    <message>
        <source>Theme Party day</source>
        <translation>主题党日</translation>
    </message>
    <message>
        <source>Branch general meeting</source>
        <translation>支部党员大会</translation>
    </message>
    <message>
        <source>Branch committee meeting</source>
        <translation>支部委员会</translation>
    </message>
    <message>
        <source>Party group meeting</source>
        <translation>党小组会</translation>
    </message>
    <message>
        <source>Party lecture</source>
        <translation>党课</translation>
    </message>
    <message>
        <source>Organisational life meeting</source>
        <translation>组织生活会</translation>
    </message>
    <message>
        <source>Democratic review of members</source>
        <translation>民主评议党员</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basically qualified</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>EvidenceSource</name>
    <message>
        <source>In-service members&apos; report-in and service</source>
        <translation>在职党员报到及服务情况</translation>
    </message>
    <message>
        <source>Micro-wishes</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>Three lists and joint meetings</source>
        <translation>三张清单及联席会议</translation>
    </message>
    <message>
        <source>Service fund</source>
        <translation>服务群众专项经费</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Exports the roster or the member statistics as .xlsx or PDF.</source>
        <translation>把花名册或党员统计导出为 .xlsx 或 PDF。</translation>
    </message>
    <message>
        <source>Export.</source>
        <translation>导出。</translation>
    </message>
    <message>
        <source>roster or statistics.</source>
        <translation>roster（花名册）或 statistics（党员统计）。</translation>
    </message>
    <message>
        <source>xlsx or pdf.</source>
        <translation>xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Only this organisation and those below it (its id).</source>
        <translation>只导出该党组织及其下级（党组织编号）。</translation>
    </message>
    <message>
        <source>Only these categories: %1.</source>
        <translation>只导出这些人员类别：%1。</translation>
    </message>
    <message>
        <source>Only these statuses: %1.</source>
        <translation>只导出这些党员状态：%1。</translation>
    </message>
    <message>
        <source>Include members who left.</source>
        <translation>包括已离开的党员。</translation>
    </message>
    <message>
        <source>Write full ID numbers (recorded in the workspace&apos;s log).</source>
        <translation>导出完整身份证号（将记入工作区日志）。</translation>
    </message>
    <message>
        <source>Say what to export: roster or statistics.</source>
        <translation>请指明导出内容：roster（花名册）或 statistics（党员统计）。</translation>
    </message>
    <message>
        <source>--format must be xlsx or pdf.</source>
        <translation>--format 只能是 xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>Name the workspace with --db FILE and the output with --out FILE.</source>
        <translation>请用 --db 文件名 指定工作区，用 --out 文件名 指定输出文件。</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>没有编号为 %1 的党组织。</translation>
    </message>
    <message>
        <source>Unknown category or status &quot;%1&quot;.</source>
        <translation>未知的人员类别或党员状态“%1”。</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;; columns are: %2</source>
        <translation>未知的列“%1”；可用的列：%2</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Roster columns, in order, or all (default: the paper roster&apos;s).</source>
        <translation>花名册要导出的列，按先后顺序列出，或填 all 导出全部列（默认：纸质花名册的列）。</translation>
    </message>
    <message>
        <source>Write full phone numbers (masked otherwise).</source>
        <translation>导出完整电话号码（否则部分遮盖）。</translation>
    </message>
</context>
<context>
    <name>FileVerification</name>
    <message>
        <source>&quot;%1&quot; was not saved: the finished file turned out incomplete (%2). The disk may be full or a size limit reached; free some space or choose another place and try again.</source>
        <translation>“%1”未保存：生成的文件不完整（%2）。可能是磁盘已满或达到了文件大小限制；请腾出空间或选择其他位置后重试。</translation>
    </message>
    <message>
        <source>no PDF header</source>
        <translation>缺少 PDF 文件头</translation>
    </message>
    <message>
        <source>the PDF&apos;s end is missing</source>
        <translation>缺少 PDF 文件尾</translation>
    </message>
    <message>
        <source>an empty archive</source>
        <translation>压缩包为空</translation>
    </message>
</context>
<context>
    <name>FileWrittenMessage</name>
    <message>
        <source>Not opened</source>
        <translation>未能打开</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>打开文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>打开所在文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>No program on this computer opened %1. Open it from its folder, or install a program for this kind of file.</source>
        <translation>这台电脑上没有能打开 %1 的程序。请从所在文件夹打开，或安装能打开这类文件的程序。</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>无法打开文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>FormButtons</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FundCategory</name>
    <message>
        <source>Hardship relief</source>
        <translation>帮困救助</translation>
    </message>
    <message>
        <source>Environment improvement</source>
        <translation>环境整治</translation>
    </message>
    <message>
        <source>Culture and sports</source>
        <translation>文体活动</translation>
    </message>
    <message>
        <source>Practical services for residents</source>
        <translation>为民办实事</translation>
    </message>
    <message>
        <source>Service venues</source>
        <translation>阵地建设</translation>
    </message>
    <message>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FundReport</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Approved for projects</source>
        <translation>已批准项目金额</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>Not yet committed</source>
        <translation>待安排</translation>
    </message>
    <message>
        <source>Execution rate (spent / budget)</source>
        <translation>执行率（已支出/预算）</translation>
    </message>
    <message>
        <source>Service fund: use in %1</source>
        <translation>%1年度服务群众专项经费使用情况</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Use by category</source>
        <translation>按类别使用情况</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Spent (yuan)</source>
        <translation>已支出（元）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Spending by month</source>
        <translation>按月支出情况</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Unspent at the month&apos;s end (yuan)</source>
        <translation>月末结余（元）</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>考评日期</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>考评单位</translation>
    </message>
    <message>
        <source>Self-assessed score</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <source>Review score</source>
        <translation>考评得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>考评等次</translation>
    </message>
    <message>
        <source>Residents surveyed</source>
        <translation>调查居民人数</translation>
    </message>
    <message>
        <source>Residents satisfied</source>
        <translation>满意居民人数</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Reporting unit (seal)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Performance evaluation</source>
        <translation>绩效考评</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Projects funded in %1</source>
        <translation>%1年度专项经费资助项目</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批会议</translation>
    </message>
    <message>
        <source>Approved (yuan)</source>
        <translation>批准金额（元）</translation>
    </message>
    <message>
        <source>Remaining (yuan)</source>
        <translation>剩余（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>Spending in %1</source>
        <translation>%1年度支出明细</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>支出明细</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>票据号</translation>
    </message>
</context>
<context>
    <name>FundService</name>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>Projects of %1 already commit %2 yuan; the budget cannot be less.</source>
        <translation>%1年度已批准项目金额 %2 元，预算不能少于该数。</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <source>Enter the project&apos;s title.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>Enter the day the project was approved.</source>
        <translation>请填写项目批准日期。</translation>
    </message>
    <message>
        <source>The approval day cannot be in the future.</source>
        <translation>批准日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The approved amount must be more than 0.00 yuan.</source>
        <translation>批准金额须大于 0.00 元。</translation>
    </message>
    <message>
        <source>Choose the project&apos;s status.</source>
        <translation>请选择项目状态。</translation>
    </message>
    <message>
        <source>Enter the day a finished project was finished.</source>
        <translation>请填写已完成项目的完成日期。</translation>
    </message>
    <message>
        <source>The project is finished between its approval and today.</source>
        <translation>完成日期应在批准日期和今天之间。</translation>
    </message>
    <message>
        <source>The number of beneficiaries cannot be negative.</source>
        <translation>受益人数不能为负数。</translation>
    </message>
    <message>
        <source>Choose a joint meeting of the same community.</source>
        <translation>请选择同一社区的联席会议。</translation>
    </message>
    <message>
        <source>Choose a joint project of the same community.</source>
        <translation>请选择同一社区的共建项目。</translation>
    </message>
    <message>
        <source>Money was spent on the project on %1; it cannot be approved later.</source>
        <translation>该项目在 %1 已有支出，批准日期不能晚于该日。</translation>
    </message>
    <message>
        <source>%1 yuan has been spent on the project; the approved amount cannot be less.</source>
        <translation>该项目已支出 %1 元，批准金额不能少于该数。</translation>
    </message>
    <message>
        <source>%1 yuan cannot be approved: of the %2 budget of %3 yuan, %4 yuan is already approved, so %5 yuan is left.</source>
        <translation>无法批准 %1 元：%2年度预算 %3 元，已批准 %4 元，仅剩 %5 元。</translation>
    </message>
    <message>
        <source>Money has been spent on the project: cancel it instead of deleting it.</source>
        <translation>该项目已有支出：请将其改为“已取消”，不能删除。</translation>
    </message>
    <message>
        <source>The spending record no longer exists.</source>
        <translation>该支出记录已不存在。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; was cancelled: it takes no spending.</source>
        <translation>项目“%1”已取消，不能再登记支出。</translation>
    </message>
    <message>
        <source>Enter the day the money was spent.</source>
        <translation>请填写支出日期。</translation>
    </message>
    <message>
        <source>The project was approved on %1; money cannot be spent on it before.</source>
        <translation>该项目于 %1 批准，支出日期不能早于该日。</translation>
    </message>
    <message>
        <source>The day spent cannot be in the future.</source>
        <translation>支出日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The amount must be more than 0.00 yuan.</source>
        <translation>金额须大于 0.00 元。</translation>
    </message>
    <message>
        <source>Enter what the money was spent on.</source>
        <translation>请填写支出用途。</translation>
    </message>
    <message>
        <source>%1 yuan would overspend the project: %2 yuan approved, %3 yuan spent, %4 yuan left.</source>
        <translation>支出 %1 元将超出项目批准金额：已批准 %2 元，已支出 %3 元，剩余 %4 元。</translation>
    </message>
    <message>
        <source>Set the budget of %1 before its evaluation.</source>
        <translation>请先设置%1年度预算，再进行绩效考评。</translation>
    </message>
    <message>
        <source>The evaluation day cannot be in the future.</source>
        <translation>考评日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A score lies between 0 and 100.</source>
        <translation>分数应在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Choose a grade.</source>
        <translation>请选择考评等次。</translation>
    </message>
    <message>
        <source>The number of residents asked cannot be negative.</source>
        <translation>调查居民人数不能为负数。</translation>
    </message>
    <message>
        <source>The number of satisfied residents cannot be negative.</source>
        <translation>满意居民人数不能为负数。</translation>
    </message>
    <message>
        <source>%1 residents were asked; no more of them can be satisfied.</source>
        <translation>共调查居民 %1 人，满意人数不能超过该数。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>The ID number contains full-width characters; type it with half-width digits (switch the input method to half-width).</source>
        <translation>身份证号含有全角字符，请用半角数字输入（把输入法切换到半角）。</translation>
    </message>
    <message>
        <source>The ID number must have 18 characters; this one has %1.</source>
        <translation>身份证号应为18位，现在是 %1 位。</translation>
    </message>
    <message>
        <source>The ID number may contain only digits, and X as its last character.</source>
        <translation>身份证号只能由数字组成，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>Characters 7-14 of the ID number (%1) are not a valid birth date.</source>
        <translation>身份证号第7至14位（%1）不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check character is wrong (the last character should be %1 for these first 17 digits): a digit was probably mistyped.</source>
        <translation>身份证号校验位不对（按前17位，最后一位应为 %1），可能有数字输错了。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--map &quot;%1&quot; is not HEADER=FIELD; FIELD is one of: %2</source>
        <translation>--map “%1”不符合 HEADER=FIELD 格式；FIELD 可取以下值之一：%2</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;, header on row %3: %4 to add, %5 to update, %6 already on the roster (left as saved), %7 refused; %8 blank, title or total row(s) skipped.</source>
        <translation>%1，工作表“%2”，表头在第 %3 行：新增 %4 人，更新 %5 人，%6 人已在花名册中（保持原样），%7 行未通过；已跳过空行、标题行或合计行 %8 行。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; was not recognised and is not read; map it with --map &quot;%1=FIELD&quot;.</source>
        <translation>未识别列“%1”，该列不会读取；请用 --map &quot;%1=FIELD&quot; 指定其对应关系。</translation>
    </message>
    <message>
        <source>Branches to create: %1</source>
        <translation>将新建的党支部：%1</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>没有编号为 %1 的党组织。</translation>
    </message>
    <message>
        <source>The file has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation>文件中没有工作表“%1”；现有工作表：%2</translation>
    </message>
    <message>
        <source>Problem list written: %1</source>
        <translation>问题清单已写入：%1</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>试运行：未保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the rows above, or save the sound rows with --keep-valid.</source>
        <translation>未保存任何内容：请修改上面列出的行，或用 --keep-valid 只保存无误的行。</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>Saved as import %1: %2 added, %3 updated. Undo it with: partydesk import undo %1 --db FILE</source>
        <translation>已保存为导入记录 %1：新增 %2 人，更新 %3 人。如需撤销，请运行：partydesk import undo %1 --db FILE</translation>
    </message>
    <message>
        <source>%1  %2  %3 (%4): %5 added, %6 updated, %7 refused%8</source>
        <translation>%1  %2  %3（%4）：新增 %5 人，更新 %6 人，未通过 %7 行%8</translation>
    </message>
    <message>
        <source>; undone %1</source>
        <translation>；已于 %1 撤销</translation>
    </message>
    <message>
        <source>Brings a roster (花名册) in from Excel (.xlsx, .xls) or CSV:
  import roster FILE --db FILE [options]   previews, then saves all rows or none
  import template --out FILE.xlsx          an empty roster with the headers the import reads
  import history --db FILE                 the imports saved so far
  import undo BATCH --db FILE              undoes an import whose members have not changed since
Exit status of import roster: 0 every row imported, 1 problems and nothing saved, 3 sound rows saved with --keep-valid and others refused, 2 usage error.</source>
        <translation>从 Excel（.xlsx、.xls）或 CSV 文件导入花名册：
  import roster FILE --db FILE [options]   先预览，再全部保存或全部不保存
  import template --out FILE.xlsx          生成空白花名册，表头即导入时识别的表头
  import history --db FILE                 列出已保存的导入记录
  import undo BATCH --db FILE              撤销一次导入（仅限其中党员此后未被修改）
import roster 的退出码：0 全部行已导入；1 有问题，未保存任何内容；3 已用 --keep-valid 保存无误的行，其余行未通过；2 用法错误。</translation>
    </message>
    <message>
        <source>Import.</source>
        <translation>导入。</translation>
    </message>
    <message>
        <source>roster, template, history or undo.</source>
        <translation>roster（导入花名册）、template（生成导入模板）、history（导入记录）或 undo（撤销导入）。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>The sheet to read, by name or number (default: the first).</source>
        <translation>要读取的工作表，按名称或序号指定（默认：第一个工作表）。</translation>
    </message>
    <message>
        <source>Reads the column with this header as FIELD (repeatable; remembered).</source>
        <translation>按 FIELD 读取表头为该名称的列（可多次使用；设置会被记住）。</translation>
    </message>
    <message>
        <source>Creates the branches the file names that do not exist, under this organisation (its id).</source>
        <translation>在该党组织（编号）下新建文件中提到但尚不存在的党支部。</translation>
    </message>
    <message>
        <source>The branch (its id) of rows that name none.</source>
        <translation>未填写党支部的行归入该党支部（编号）。</translation>
    </message>
    <message>
        <source>A member whose ID number is already on the roster is updated from the file (else left as saved).</source>
        <translation>身份证号已在花名册中的党员，用文件中的信息更新（否则保持原样）。</translation>
    </message>
    <message>
        <source>Shows what would happen; saves nothing.</source>
        <translation>试运行（不保存）：只显示将要进行的操作，不保存任何内容。</translation>
    </message>
    <message>
        <source>Saves the sound rows of a file that has refused rows.</source>
        <translation>文件中有未通过的行时，仍保存无误的行。</translation>
    </message>
    <message>
        <source>Writes the refused rows, each with its problem, to this .xlsx file.</source>
        <translation>把未通过的行连同各自的问题写入此 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Name the output with --out FILE in a folder that exists.</source>
        <translation>请用 --out FILE 指定输出文件，且所在文件夹必须存在。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Use: partydesk import roster FILE --db FILE … (partydesk help import lists the options)</source>
        <translation>用法：partydesk import roster FILE --db FILE …（各选项见 partydesk help import）</translation>
    </message>
    <message>
        <source>Name an existing .xlsx, .xls or .csv file to import.</source>
        <translation>请指定要导入的 .xlsx、.xls 或 .csv 文件（须已存在）。</translation>
    </message>
    <message>
        <source>Name the import to undo by its number (partydesk import history lists them).</source>
        <translation>请用编号指定要撤销的导入记录（partydesk import history 可列出全部导入记录）。</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>导入记录 %1 已撤销。</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>&quot;%1&quot; is not a valid date.</source>
        <translation>“%1”不是有效的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 1985-07-01 or 1985.07.</source>
        <translation>“%1”不是日期：请写成 1985-07-01 或 1985.07 的格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: the spreadsheet stored 1985.10 (October) and 1985.1 (January) as the same number. Format the column as text and type the month with two digits.</source>
        <translation>“%1”有歧义：表格把 1985.10（10月）和 1985.1（1月）存成了同一个数字。请把该列设为文本格式，月份用两位数字输入。</translation>
    </message>
    <message>
        <source>The date cell holds no valid date.</source>
        <translation>该日期单元格中没有有效的日期。</translation>
    </message>
    <message>
        <source>The ID number was stored as a number (%1), so the spreadsheet has already dropped its last digits. Format the column as text in Excel, type the full number again (or start it with an apostrophe &apos;) and import again.</source>
        <translation>身份证号被存成了数字（%1），表格已丢失其最后几位。请在 Excel 中把该列设为文本格式，重新输入完整号码（或在号码前加英文单引号 &apos;），再重新导入。</translation>
    </message>
</context>
<context>
    <name>ImportWorkbooks</name>
    <message>
        <source>The file could not be read again.</source>
        <translation>无法再次读取该文件。</translation>
    </message>
    <message>
        <source>Rows not imported from %1</source>
        <translation>%1 中未导入的行</translation>
    </message>
    <message>
        <source>Sheet %1: %2 row(s). Correct them here and import this file again; the 问题 column is not read.</source>
        <translation>工作表“%1”：共 %2 行。请直接在本表中修改，然后重新导入本文件；“问题”列不会被读取。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Zhang Hua</source>
        <translation>张华</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>First branch</source>
        <translation>第一党支部</translation>
    </message>
    <message>
        <source>Building 3, Unit 2, Room 101</source>
        <translation>3栋2单元101室</translation>
    </message>
    <message>
        <source>Sample row: replace it</source>
        <translation>示例行，请替换</translation>
    </message>
    <message>
        <source>Party member roster (import template)</source>
        <translation>党员花名册（导入模板）</translation>
    </message>
    <message>
        <source>Fill in one member per row from row 3; see the sheet &quot;Notes&quot;. Template of %1.</source>
        <translation>从第3行起每行填写一名党员；填写要求见“填写说明”工作表。模板生成日期：%1。</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>姓名, 身份证号 and 所在支部 are required; 身份证号 must be typed as text (18 characters), never as a number: Excel drops the last digits of long numbers.</source>
        <translation>姓名、身份证号和所在支部为必填项；身份证号必须以文本格式输入（18位），不能存为数字：Excel 会丢掉长数字的最后几位。</translation>
    </message>
    <message>
        <source>所在支部 is the branch&apos;s name as in PartyDesk; where several branches share a name, write the organisation above it too: 东风社区党委/第一党支部.</source>
        <translation>所在支部填写本软件中的党支部名称；有多个党支部同名时，请同时写上其上级党组织，如：东风社区党委/第一党支部。</translation>
    </message>
    <message>
        <source>Dates may be written 1985-07-01, 1985/7/1, 1985.7.1, 19850701 or 1985年7月1日; 1985.07 means the 1st of the month.</source>
        <translation>日期可写成 1985-07-01、1985/7/1、1985.7.1、19850701 或 1985年7月1日；1985.07 表示该月1日。</translation>
    </message>
    <message>
        <source>性别 and 出生日期 may be left empty: they are taken from the ID number.</source>
        <translation>性别和出生日期可以不填，将根据身份证号自动识别。</translation>
    </message>
    <message>
        <source>人员类别: 在册党员, 在职党员, 流动党员（流出） or 流动党员（流入）; empty means 在册.</source>
        <translation>人员类别：在册党员、在职党员、流动党员（流出）或流动党员（流入）；不填视为在册党员。</translation>
    </message>
    <message>
        <source>党员身份: 正式党员 or 预备党员 (also 发展对象, 入党积极分子, 入党申请人); 转正时间 is required for 正式党员.</source>
        <translation>党员身份：正式党员或预备党员（也可填发展对象、入党积极分子、入党申请人）；正式党员必须填写转正时间。</translation>
    </message>
    <message>
        <source>学历: 研究生, 大学本科, 大学专科, 中专, 高中, 初中及以下 (common synonyms such as 本科 or 硕士 are understood).</source>
        <translation>学历：研究生、大学本科、大学专科、中专、高中、初中及以下（“本科”“硕士”等常见说法也能识别）。</translation>
    </message>
    <message>
        <source>Title rows above the header, blank rows and a 合计 row at the end are skipped.</source>
        <translation>表头上方的标题行、空行和末尾的合计行将自动跳过。</translation>
    </message>
    <message>
        <source>How to fill in the roster</source>
        <translation>花名册填写说明</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>InService</name>
    <message>
        <source>(unit not recorded)</source>
        <translation>（未登记工作单位）</translation>
    </message>
</context>
<context>
    <name>InServiceLetter</name>
    <message>
        <source>Feedback on in-service Party members serving in the community, %1</source>
        <translation>%1年度在职党员“双报到”反馈函</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>Service posts</source>
        <translation>认领服务岗位</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 (stamp)</source>
        <translation>%1（盖章）</translation>
    </message>
    <message>
        <source>To the Party organisation of %1:
The Party members of your unit below reported to %2 and served the community in %3 as follows (as of %4). Thank you for your support.</source>
        <translation>%1党组织：
贵单位以下党员已到%2报到，%3年参加社区服务情况如下（截至%4）。感谢贵单位的支持！</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>InServiceService</name>
    <message>
        <source>The service post no longer exists.</source>
        <translation>该服务岗位已不存在。</translation>
    </message>
    <message>
        <source>Choose a community: service posts belong to its committee.</source>
        <translation>请选择一个社区：服务岗位由社区党组织设置。</translation>
    </message>
    <message>
        <source>Enter the name of the post.</source>
        <translation>请填写岗位名称。</translation>
    </message>
    <message>
        <source>The number of places is at least 1 (or no limit).</source>
        <translation>名额至少为 1（或不限）。</translation>
    </message>
    <message>
        <source>The community already has a post named %1.</source>
        <translation>本社区已有名为 %1 的服务岗位。</translation>
    </message>
    <message>
        <source>%1 members hold the post now: release claims before lowering its places.</source>
        <translation>目前有 %1 名党员认领该岗位：请先取消认领，再减少名额。</translation>
    </message>
    <message>
        <source>The post %1 was closed on %2.</source>
        <translation>服务岗位 %1 已于 %2 关闭。</translation>
    </message>
    <message>
        <source>Enter the day the post closes.</source>
        <translation>请填写岗位关闭日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>A member claimed the post on %1, after that day.</source>
        <translation>有党员于 %1 认领了该岗位，晚于该日期。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>该党员记录已不存在。</translation>
    </message>
    <message>
        <source>%1 is not an in-service member on the roster.</source>
        <translation>%1 不是花名册中的在职党员。</translation>
    </message>
    <message>
        <source>Choose a service post.</source>
        <translation>请选择服务岗位。</translation>
    </message>
    <message>
        <source>%1 has not reported to the community: enter the day of the report-in.</source>
        <translation>%1 尚未到社区报到：请填写报到日期。</translation>
    </message>
    <message>
        <source>Enter the day the post is claimed.</source>
        <translation>请填写认领日期。</translation>
    </message>
    <message>
        <source>A post is claimed after the report-in (%1).</source>
        <translation>认领岗位应在报到（%1）之后。</translation>
    </message>
    <message>
        <source>%1 is not on the roster of the community that offers %2.</source>
        <translation>%1 不在设置%2的社区的花名册中。</translation>
    </message>
    <message>
        <source>The post %1 is closed since %2.</source>
        <translation>服务岗位 %1 已于 %2 关闭。</translation>
    </message>
    <message>
        <source>%1 already holds the post %2 (since %3).</source>
        <translation>%1 已认领服务岗位 %2（自 %3 起）。</translation>
    </message>
    <message>
        <source>The post %1 is full on %2: its %3 place(s) are taken.</source>
        <translation>服务岗位 %1 在 %2 已满：%3 个名额均已被认领。</translation>
    </message>
    <message>
        <source>The claim no longer exists.</source>
        <translation>该认领记录已不存在。</translation>
    </message>
    <message>
        <source>The post was released on %1.</source>
        <translation>该岗位已于 %1 取消认领。</translation>
    </message>
    <message>
        <source>Enter the day the post is released.</source>
        <translation>请填写取消认领日期。</translation>
    </message>
    <message>
        <source>The post was claimed on %1, after that day.</source>
        <translation>该岗位于 %1 认领，晚于该日期。</translation>
    </message>
    <message>
        <source>Choose an in-service member.</source>
        <translation>请选择在职党员。</translation>
    </message>
    <message>
        <source>%1 has not reported to the community: record the report-in first.</source>
        <translation>%1 尚未到社区报到：请先登记报到。</translation>
    </message>
    <message>
        <source>Enter the day of the service.</source>
        <translation>请填写服务日期。</translation>
    </message>
    <message>
        <source>The service is before the report-in (%1).</source>
        <translation>服务日期早于报到日期（%1）。</translation>
    </message>
    <message>
        <source>Enter what was done.</source>
        <translation>请填写服务内容。</translation>
    </message>
    <message>
        <source>Hours are from 0.1 to 24.</source>
        <translation>服务时长应在 0.1 到 24 小时之间。</translation>
    </message>
    <message>
        <source>The service record no longer exists.</source>
        <translation>该服务记录已不存在。</translation>
    </message>
    <message>
        <source>A service record stays with its member.</source>
        <translation>服务记录不能改到其他党员名下。</translation>
    </message>
</context>
<context>
    <name>JointMeeting</name>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
</context>
<context>
    <name>JointMeetingQueries</name>
    <message>
        <source>%1 not held</source>
        <translation>%1未召开</translation>
    </message>
</context>
<context>
    <name>JointMeetingReports</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Attending units</source>
        <translation>参会单位</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Joint meeting record</source>
        <translation>联席会议记录</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>会议 %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Joint meeting decisions: follow-up ledger %1</source>
        <translation>%1年度联席会议议定事项督办台账</translation>
    </message>
    <message>
        <source>%1 · %2 decisions, %3 open, %4 overdue on %5</source>
        <translation>%1 · 议定事项 %2 项，未办结 %3 项，截至 %5 逾期 %4 项</translation>
    </message>
    <message>
        <source>Decisions %1</source>
        <translation>议定事项 %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Rotating chair rota %1</source>
        <translation>%1年度轮值主席轮值表</translation>
    </message>
    <message>
        <source>Rota %1</source>
        <translation>轮值表 %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Chair unit</source>
        <translation>轮值主席单位</translation>
    </message>
    <message>
        <source>Activities as chair</source>
        <translation>轮值期间开展活动</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>JointMeetingService</name>
    <message>
        <source>Write what was decided.</source>
        <translation>请填写议定事项内容。</translation>
    </message>
    <message>
        <source>The responsible unit is not one of the committee&apos;s co-building units.</source>
        <translation>责任单位不是本社区的共建单位。</translation>
    </message>
    <message>
        <source>The due date %1 is before the meeting (%2).</source>
        <translation>完成时限 %1 早于会议日期（%2）。</translation>
    </message>
    <message>
        <source>Give the day it was done.</source>
        <translation>请填写办结日期。</translation>
    </message>
    <message>
        <source>The day %1 is before the meeting (%2).</source>
        <translation>日期 %1 早于会议日期（%2）。</translation>
    </message>
    <message>
        <source>The day %1 is after today.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Write how it was carried out.</source>
        <translation>请填写落实情况。</translation>
    </message>
    <message>
        <source>Write why it was dropped.</source>
        <translation>请填写撤销原因。</translation>
    </message>
    <message>
        <source>Joint meetings belong to a community committee: choose a community.</source>
        <translation>联席会议由社区党委召开：请选择一个社区。</translation>
    </message>
    <message>
        <source>This joint meeting no longer exists.</source>
        <translation>该联席会议已不存在。</translation>
    </message>
    <message>
        <source>Give the day the meeting was held.</source>
        <translation>请填写会议召开日期。</translation>
    </message>
    <message>
        <source>%1 is after today: record a meeting once it is held.</source>
        <translation>%1 晚于今天：请在会议召开后再登记。</translation>
    </message>
    <message>
        <source>Choose the chair unit among the committee&apos;s units.</source>
        <translation>请从本社区的共建单位中选择主持单位。</translation>
    </message>
    <message>
        <source>%1 did not sit on the committee on %2.</source>
        <translation>%1 在 %2 不是本社区大党委的成员单位。</translation>
    </message>
    <message>
        <source>An attending unit is not one of the committee&apos;s.</source>
        <translation>有参会单位不是本社区大党委的成员单位。</translation>
    </message>
    <message>
        <source>Decision %1: %2</source>
        <translation>议定事项 %1：%2</translation>
    </message>
    <message>
        <source>This decision no longer exists.</source>
        <translation>该议定事项已不存在。</translation>
    </message>
    <message>
        <source>The rota belongs to a community committee: choose a community.</source>
        <translation>轮值表属于社区党委：请选择一个社区。</translation>
    </message>
    <message>
        <source>Choose a year from 2000 to 2100 and a month from 1 to 12.</source>
        <translation>请选择 2000 至 2100 之间的年份和 1 至 12 之间的月份。</translation>
    </message>
    <message>
        <source>No co-building unit sits on the committee in %1.</source>
        <translation>%1年本社区大党委没有成员单位。</translation>
    </message>
    <message>
        <source>Choose a month from 1 to 12.</source>
        <translation>请选择 1 至 12 之间的月份。</translation>
    </message>
    <message>
        <source>The chair is one of the committee&apos;s co-building units.</source>
        <translation>轮值主席须由本社区大党委的共建单位担任。</translation>
    </message>
    <message>
        <source>%1 does not sit on the committee for the whole of %2-%3.</source>
        <translation>%1 在 %2-%3 并非整月都是本社区大党委的成员单位。</translation>
    </message>
    <message>
        <source>Choose the co-building unit.</source>
        <translation>请选择共建单位。</translation>
    </message>
    <message>
        <source>Give the day of the activity.</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>%1 is after today: record an activity once it is held.</source>
        <translation>%1 晚于今天：请在活动开展后再登记。</translation>
    </message>
    <message>
        <source>Give the activity a title.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>The number of participants is not negative.</source>
        <translation>参加人数不能为负数。</translation>
    </message>
    <message>
        <source>The unit is not the rota&apos;s chair in %1: record it as an ordinary activity or change the rota first.</source>
        <translation>该单位不是 %1 的轮值主席单位：请作为一般活动登记，或先修改轮值表。</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
</context>
<context>
    <name>ManualCommand</name>
    <message>
        <source>Writes the user manual (the pages of Help → User manual) as a PDF for printing.</source>
        <translation>生成使用手册（即“帮助 → 使用手册”中的内容）的 PDF 文件，供打印。</translation>
    </message>
    <message>
        <source>The manual.</source>
        <translation>使用手册。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Use: partydesk manual --out FILE.pdf</source>
        <translation>用法：partydesk manual --out 文件.pdf</translation>
    </message>
    <message>
        <source>Name an output in a folder that exists.</source>
        <translation>请把输出文件放在已存在的文件夹中。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>ManualPdf</name>
    <message>
        <source>The manual is missing from this program.</source>
        <translation>本程序中缺少使用手册的内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved: the PDF could not be started.</source>
        <translation>“%1”未保存：无法开始写入 PDF。</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The day of the month must be from 1 to 31.</source>
        <translation>日期应为每月1日至31日之间。</translation>
    </message>
    <message>
        <source>Enter the month&apos;s theme.</source>
        <translation>请填写本月主题。</translation>
    </message>
    <message>
        <source>The day is not in that month.</source>
        <translation>该月没有这一天。</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>请填写会议日期。</translation>
    </message>
    <message>
        <source>Choose the branch that holds the meeting.</source>
        <translation>请选择召开会议的支部。</translation>
    </message>
</context>
<context>
    <name>MemberCounts</name>
    <message>
        <source>Party members %1 (full %2, probationary %3); applicants %4, activists %5, candidates %6</source>
        <translation>党员 %1 名（正式党员 %2 名、预备党员 %3 名）；入党申请人 %4 名、入党积极分子 %5 名、发展对象 %6 名</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>Another member on the roster already has the ID number %1.</source>
        <translation>花名册中已有另一名党员使用身份证号 %1。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>该党员记录已不存在。</translation>
    </message>
    <message>
        <source>%1 already left the roster on %2.</source>
        <translation>%1 已于 %2 离开花名册。</translation>
    </message>
    <message>
        <source>Enter the date of leaving.</source>
        <translation>请填写离开日期。</translation>
    </message>
    <message>
        <source>The leaving date %1 is in the future.</source>
        <translation>离开日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The leaving date is before the member&apos;s birth date.</source>
        <translation>离开日期早于出生日期。</translation>
    </message>
    <message>
        <source>%1 is on the roster; there is no leaving to reverse.</source>
        <translation>%1 在花名册中，没有可撤销的离开登记。</translation>
    </message>
    <message>
        <source>Enter the date %1 came back onto the roster.</source>
        <translation>请填写 %1 回到花名册的日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The date is before the leaving on %1.</source>
        <translation>该日期早于 %1 的离开日期。</translation>
    </message>
    <message>
        <source>Give the reason why the leaving is reversed.</source>
        <translation>请填写撤销离开登记的原因。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records refer to the member (%2).</source>
        <translation>无法删除 %1：其他记录引用了该党员（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be put back: records saved since have taken its place.</source>
        <translation>无法恢复 %1：之后保存的记录已占用了它的位置。</translation>
    </message>
    <message>
        <source>%1 was changed since (for example by an import or in another window); this step can no longer be undone or redone.</source>
        <translation>%1 此后已被修改（例如被导入或在另一个窗口中修改），这一步已无法撤销或重做。</translation>
    </message>
    <message>
        <source>%1 cannot be put back: another member on the roster now has the ID number %2.</source>
        <translation>无法恢复 %1：花名册中另一名党员现在使用身份证号 %2。</translation>
    </message>
    <message>
        <source>%1 cannot be put back: the branch no longer exists.</source>
        <translation>无法恢复 %1：所在党支部已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be put back: the grid no longer exists.</source>
        <translation>无法恢复 %1：所在网格已不存在。</translation>
    </message>
    <message>
        <source>%1&apos;s record was changed by someone else after you opened it. Your changes were not saved, and theirs are kept: close this form, open %1 again and make your changes there.</source>
        <translation>在您打开之后，其他人修改并保存了%1的信息。您的修改没有保存，对方的修改已保留：请关闭此表，重新打开%1的信息，再在上面修改。</translation>
    </message>
</context>
<context>
    <name>MemberStatistics</name>
    <message>
        <source>By category</source>
        <translation>按人员类别</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按党员状态</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>按性别</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>按年龄</translation>
    </message>
    <message>
        <source>By education</source>
        <translation>按学历</translation>
    </message>
    <message>
        <source>By Party age</source>
        <translation>按党龄</translation>
    </message>
    <message>
        <source>By ethnicity</source>
        <translation>按民族</translation>
    </message>
    <message>
        <source>30 and under</source>
        <translation>30岁及以下</translation>
    </message>
    <message>
        <source>31-40</source>
        <translation>31-40岁</translation>
    </message>
    <message>
        <source>41-50</source>
        <translation>41-50岁</translation>
    </message>
    <message>
        <source>51-60</source>
        <translation>51-60岁</translation>
    </message>
    <message>
        <source>61-70</source>
        <translation>61-70岁</translation>
    </message>
    <message>
        <source>71-80</source>
        <translation>71-80岁</translation>
    </message>
    <message>
        <source>81 and over</source>
        <translation>81岁及以上</translation>
    </message>
    <message>
        <source>Under 10 years</source>
        <translation>不满10年</translation>
    </message>
    <message>
        <source>10-19 years</source>
        <translation>10-19年</translation>
    </message>
    <message>
        <source>20-29 years</source>
        <translation>20-29年</translation>
    </message>
    <message>
        <source>30-39 years</source>
        <translation>30-39年</translation>
    </message>
    <message>
        <source>40-49 years</source>
        <translation>40-49年</translation>
    </message>
    <message>
        <source>50 years and over</source>
        <translation>50年及以上</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>汉族</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>少数民族</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Member statistics: %1</source>
        <translation>党员统计：%1</translation>
    </message>
    <message>
        <source>%1    %2    as of %3</source>
        <translation>%1    %2    统计日期 %3</translation>
    </message>
    <message>
        <source>Party members (probationary and full)</source>
        <translation>统计对象：党员（含预备党员）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Party members (probationary and full); applicants, activists and candidates in their own columns</source>
        <translation>统计对象：党员（含预备党员）；入党申请人、入党积极分子和发展对象另列</translation>
    </message>
</context>
<context>
    <name>MonthlyFacts</name>
    <message>
        <source>%1 (joined %2, %3 years)</source>
        <translation>%1（%2年入党，%3周年）</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>%1 organisational life, %2</source>
        <translation>%1 %2 组织生活月报</translation>
    </message>
    <message>
        <source>Theme Party day</source>
        <translation>主题党日</translation>
    </message>
    <message>
        <source>No theme Party day is recorded for this month.</source>
        <translation>本月没有主题党日记录。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Materials studied</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>已完成规定动作</translation>
    </message>
    <message>
        <source>Actions not done</source>
        <translation>未完成规定动作</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Expected %1, present %2, on leave %3, absent %4; rate %5%</source>
        <translation>应到 %1 人，实到 %2 人，请假 %3 人，缺席 %4 人；出席率 %5%</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>%1: attendance</source>
        <translation>%1：签到及出席情况</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Reason or where taken part</source>
        <translation>请假事由或参加地点</translation>
    </message>
    <message>
        <source>%1: other meetings</source>
        <translation>%1：本月其他会议</translation>
    </message>
    <message>
        <source>Other meetings</source>
        <translation>其他会议</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>%1: political birthdays and signatures</source>
        <translation>%1：政治生日及签字</translation>
    </message>
    <message>
        <source>Political birthdays</source>
        <translation>本月政治生日</translation>
    </message>
    <message>
        <source>none this month</source>
        <translation>本月无</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 of %2 branches</source>
        <translation>%1/%2 个支部</translation>
    </message>
    <message>
        <source>Organisational life of the branches, %1</source>
        <translation>各支部组织生活情况汇总（%1）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1/%2 项：%3</translation>
    </message>
    <message>
        <source>Theme Party day, %1</source>
        <translation>主题党日（%1）</translation>
    </message>
    <message>
        <source>Members on leave, absent or away (%1)</source>
        <translation>请假、缺席及流出党员（%1 人）</translation>
    </message>
    <message>
        <source>Photos (%1 in all, the first %2 printed)</source>
        <translation>活动照片（共 %1 张，印出前 %2 张）</translation>
    </message>
    <message>
        <source>Photos (%1 in all)</source>
        <translation>活动照片（共 %1 张）</translation>
    </message>
    <message>
        <source>Other meetings this month</source>
        <translation>本月其他会议</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>所属党组织：%1</translation>
    </message>
    <message>
        <source>Other matters</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <source>Reporting unit (seal)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>%1: present members</source>
        <translation>%1：出席党员</translation>
    </message>
    <message>
        <source>Members present (%1)</source>
        <translation>出席党员（%1 人）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OrganisationNames</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>The organisation above no longer exists.</source>
        <translation>上级党组织已不存在。</translation>
    </message>
    <message>
        <source>The community already has a grid with the code %1.</source>
        <translation>本社区已有编号为 %1 的网格。</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) below it</source>
        <translation>
            <numerusform>下级党组织 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member record(s), members who left included</source>
        <translation>
            <numerusform>党员记录 %n 条（含已离开的党员）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting record(s)</source>
        <translation>
            <numerusform>会议记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n star-rating record(s)</source>
        <translation>
            <numerusform>评星定级记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) (%1)</source>
        <translation>
            <numerusform>其他记录 %n 条（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: it has %2. Deleting is for an organisation entered by mistake; move or delete these first.</source>
        <translation>无法删除 %1：该组织还有%2。删除仅用于误录入的党组织；请先移走或删除这些记录。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>该党组织已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be put back: records saved since have taken its place.</source>
        <translation>无法恢复 %1：之后保存的记录已占用了它的位置。</translation>
    </message>
    <message>
        <source>%1 was changed since; this step can no longer be undone or redone.</source>
        <translation>%1 此后已被修改，这一步已无法撤销或重做。</translation>
    </message>
    <message>
        <source>%1 cannot be put back: the organisation above it no longer exists.</source>
        <translation>无法恢复 %1：其上级党组织已不存在。</translation>
    </message>
</context>
<context>
    <name>PackageCommand</name>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Whose key it is.</source>
        <translation>公钥属于谁。</translation>
    </message>
    <message>
        <source>A public key.</source>
        <translation>公钥。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年度。</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>要写入的数据包文件。</translation>
    </message>
    <message>
        <source>Packages signed by %1 will open here.</source>
        <translation>今后可以在这里打开%1签名的数据包。</translation>
    </message>
    <message>
        <source>Packages from here go to %1.</source>
        <translation>本工作区的数据包今后发往%1。</translation>
    </message>
    <message>
        <source>Signing key (give it to the street, which trusts it with: partydesk package trust):</source>
        <translation>签名公钥（交给街道，街道用 partydesk package trust 添加）：</translation>
    </message>
    <message>
        <source>Receiving key (give it to the communities, which send to it with: partydesk package recipient):</source>
        <translation>接收公钥（交给各社区，社区用 partydesk package recipient 设置）：</translation>
    </message>
    <message>
        <source>Written for %1: %2</source>
        <translation>已为%1写入：%2</translation>
    </message>
    <message>
        <source>Use: partydesk package show FILE.pdpkg --db FILE</source>
        <translation>用法：partydesk package show 文件.pdpkg --db 文件</translation>
    </message>
    <message>
        <source>From %1 (%2), year %3, made %4:</source>
        <translation>来自%1（%2），%3年度，生成于 %4：</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 the same, %4 left</source>
        <translation>新增 %1，变更 %2，不变 %3，离开 %4</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>新增 %1，变更 %2，删除 %3</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing to do: nothing was changed.</source>
        <translation>无需导入：未做任何更改。</translation>
    </message>
    <message>
        <source>Not imported, nothing was changed: %1</source>
        <translation>未导入，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <source>keys, trust, recipient, export, show or import.</source>
        <translation>keys、trust、recipient、export、show 或 import。</translation>
    </message>
    <message>
        <source>import: only tells what would change; writes nothing.</source>
        <translation>import：只说明会有哪些变化，不写入任何内容。</translation>
    </message>
    <message>
        <source>import: the organisation (number) the community&apos;s top organisations go under.</source>
        <translation>import：社区最上级党组织归入的党组织（编号）。</translation>
    </message>
    <message>
        <source>Use: partydesk package import FILE.pdpkg [--dry-run] [--under ID] --db FILE</source>
        <translation>用法：partydesk package import 文件.pdpkg [--dry-run] [--under 编号] --db 文件</translation>
    </message>
    <message>
        <source>--under needs the number of an organisation, not &quot;%1&quot;.</source>
        <translation>--under 需要党组织的编号，而不是“%1”。</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>From %1 (%2): the plan for %3, made %4:</source>
        <translation>来自 %1（%2）：%3 年度计划，生成于 %4：</translation>
    </message>
    <message>
        <source>Data packages between a community and its street, encrypted for the street and signed by the community.
  keys                         this workspace&apos;s public keys, to hand to the other side
  trust --name N --key K       opens packages signed with K (a community&apos;s signing key)
  recipient --name N --key K   sends packages to K (the street&apos;s receiving key)
  export --year Y --out F [--to NAME]
                               writes this workspace&apos;s year as F.pdpkg
  export-plan --year Y --out F --to NAME
                               writes the street&apos;s rating template and theme-day plan of the
                               year for a community (imported there with import)
  show FILE                    opens a package and tells what it would change here
  import FILE [--dry-run] [--under ID]
                               merges a community&apos;s package into this workspace: new records added,
                               changed ones updated, those it no longer has removed; its top
                               organisations go under the street working committee (or ID)</source>
        <translation>社区与街道之间的数据包：为接收方加密，由发送方签名。
  keys                         本工作区的公钥，交给对方
  trust --name 名称 --key 公钥    接受用该公钥签名的数据包（对方的签名公钥）
  recipient --name 名称 --key 公钥 数据包发往该公钥（对方的接收公钥）
  export --year 年度 --out 文件 [--to 名称]
                               把本工作区该年度的数据写成 .pdpkg 文件
  export-plan --year 年度 --out 文件 --to 名称
                               为某个社区写出街道该年度的评星模板和主题党日计划
                               （社区用 import 导入）
  show 文件                      打开数据包，说明它会给本工作区带来哪些变化
  import 文件 [--dry-run] [--under 编号]
                               把社区的数据包合并到本工作区：新增记录、更新有变化的记录、
                               删除数据包中已没有的记录；社区的最上级党组织归入街道党工委
                               （或指定编号的党组织）之下</translation>
    </message>
    <message>
        <source>export, export-plan: the recipient, by the name given to package recipient.</source>
        <translation>export、export-plan：接收方，即 package recipient 中登记的名称。</translation>
    </message>
    <message>
        <source>Use: partydesk package keys|trust|recipient|export|export-plan|show|import … --db FILE (partydesk package --help tells more).</source>
        <translation>用法：partydesk package keys|trust|recipient|export|export-plan|show|import … --db 文件（详见 partydesk package --help）。</translation>
    </message>
    <message>
        <source>Use: partydesk package export-plan --year YYYY --out FILE.pdpkg --to NAME --db FILE</source>
        <translation>用法：partydesk package export-plan --year 年度 --out 文件.pdpkg --to 名称 --db 文件</translation>
    </message>
    <message>
        <source>Use: partydesk package export --year YYYY --out FILE.pdpkg [--to NAME] --db FILE</source>
        <translation>用法：partydesk package export --year 年度 --out 文件.pdpkg [--to 名称] --db 文件</translation>
    </message>
    <message>
        <source>No recipient yet: first name the receiving key of the workspace it goes to with partydesk package recipient --name NAME --key KEY.</source>
        <translation>尚未设置接收方：请先用 partydesk package recipient --name 名称 --key 公钥 登记对方工作区的接收公钥。</translation>
    </message>
    <message>
        <source>No recipient is called %1 here (there are: %2).</source>
        <translation>本工作区没有名为“%1”的接收方（已登记：%2）。</translation>
    </message>
    <message>
        <source>There are several recipients (%1): name one with --to NAME.</source>
        <translation>已登记多个接收方（%1）：请用 --to 名称 指定其中一个。</translation>
    </message>
</context>
<context>
    <name>PackageEnvelope</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>无法启动加密程序库。</translation>
    </message>
    <message>
        <source>The package keys are not valid: set up the keys of this workspace and of the recipient again.</source>
        <translation>数据包密钥无效：请重新设置本工作区和接收方的密钥。</translation>
    </message>
    <message>
        <source>The data is too large for one package.</source>
        <translation>数据太大，无法放入一个数据包。</translation>
    </message>
    <message>
        <source>The package could not be encrypted.</source>
        <translation>无法加密数据包。</translation>
    </message>
    <message>
        <source>This is not a PartyDesk data package (.pdpkg).</source>
        <translation>这不是社区党建工作台的数据包（.pdpkg）。</translation>
    </message>
    <message>
        <source>The package was made by a newer version of PartyDesk (format %1): update the program to read it.</source>
        <translation>该数据包由更新版本的社区党建工作台生成（格式 %1）：请先更新程序再读取。</translation>
    </message>
    <message>
        <source>This workspace has no package keys yet, so it cannot open packages.</source>
        <translation>本工作区还没有数据包密钥，无法打开数据包。</translation>
    </message>
    <message>
        <source>The package was made for another recipient, not for this workspace.</source>
        <translation>该数据包是发给其他接收方的，不是发给本工作区的。</translation>
    </message>
    <message>
        <source>The package is damaged or was changed after it was made (its length is wrong).</source>
        <translation>数据包已损坏，或在生成后被改动过（长度不对）。</translation>
    </message>
    <message>
        <source>The package is damaged or was changed after it was made; it was not opened.</source>
        <translation>数据包已损坏，或在生成后被改动过，未打开。</translation>
    </message>
    <message>
        <source>The package is signed by a key this workspace does not know; it was not opened. Add the sender&apos;s public key first if you trust it.</source>
        <translation>数据包的签名密钥不是本工作区认可的，未打开。如果信任发送方，请先添加对方的公钥。</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match its contents; it was not opened.</source>
        <translation>数据包的签名与内容不符，未打开。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is larger than any data package can be; it was not read.</source>
        <translation>%1 比任何数据包都大，未读取。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>The package is incomplete: a record refers to one it does not carry (%1 %2, %3).</source>
        <translation>数据包不完整：有一条记录引用了包中没有的记录（%1 %2，%3）。</translation>
    </message>
    <message numerus="yes">
        <source>The package is incomplete: %n organisation(s) have no parent in it.</source>
        <translation>
            <numerusform>数据包不完整：有 %n 个党组织在包中找不到上级组织。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no organisation %1 in this workspace to place the community under.</source>
        <translation>本工作区没有编号为 %1 的党组织，无法把社区归入其下。</translation>
    </message>
    <message>
        <source>This workspace&apos;s organisations could not be read.</source>
        <translation>无法读取本工作区的党组织。</translation>
    </message>
    <message>
        <source>This workspace has no street working committee to place the community under: name the organisation it goes under with --under ID.</source>
        <translation>本工作区没有可供社区归入的街道党工委：请用 --under 编号 指定社区归入的党组织。</translation>
    </message>
    <message>
        <source>This workspace has %1 street working committees (%2): name the one the community goes under with --under ID.</source>
        <translation>本工作区有 %1 个街道党工委（%2）：请用 --under 编号 指定社区归入哪一个。</translation>
    </message>
    <message>
        <source>%1 (here: %2, no. %3)</source>
        <translation>%1（本工作区：%2，编号 %3）</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>，另有 %1 人</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of the package already have their ID number on this workspace&apos;s roster under another record: %1. Settle these records first (the same person entered twice?).</source>
        <translation>
            <numerusform>数据包中有 %n 名党员的身份证号已被本工作区花名册中的另一条记录使用：%1。请先核对处理这些记录（是否同一人录入了两次？）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The package&apos;s contents cannot be read.</source>
        <translation>无法读取数据包的内容。</translation>
    </message>
    <message>
        <source>Organisation %1 is part of the community itself: the community cannot go under it.</source>
        <translation>编号为 %1 的党组织属于该社区本身，社区不能归入其下。</translation>
    </message>
    <message>
        <source>This workspace&apos;s records could not be read.</source>
        <translation>无法读取本工作区的记录。</translation>
    </message>
    <message>
        <source>This package (made %1) is older than the one already imported from the same sender for %2 (made %3): it would overwrite newer data, so it is not imported.</source>
        <translation>此数据包（生成于 %1）比已从同一发送方导入的%2年度数据包（生成于 %3）更旧：导入会用旧数据覆盖新数据，因此不予导入。</translation>
    </message>
    <message>
        <source>This package was made at the same moment as the one already imported from the same sender for %1 (%2), yet differs from it: it is not imported. Ask the sender for a new package.</source>
        <translation>此数据包与已从同一发送方导入的%1年度数据包生成时间相同（%2），内容却不同，因此不予导入。请发送方重新生成数据包。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>This workspace has no rating template for %1: the community&apos;s ratings are not imported (the rest is). Send the street&apos;s template down first (partydesk package export-plan), and have the community score against it.</source>
        <translation>本工作区没有 %1 年度的评星模板：社区的评星结果未导入（其余数据已导入）。请先把街道的模板下发给社区（partydesk package export-plan），并由社区按该模板评分。</translation>
    </message>
    <message>
        <source>The community scored %1 against another rating template than this workspace&apos;s: its ratings are not imported (the rest is). Send the street&apos;s template down (partydesk package export-plan) and have the community score against it.</source>
        <translation>社区 %1 年度评分所用的评星模板与本工作区的不同：其评星结果未导入（其余数据已导入）。请把街道的模板下发给社区（partydesk package export-plan），并由社区按该模板评分。</translation>
    </message>
    <message>
        <source>This workspace&apos;s rating of %1 is final: the community&apos;s ratings are not imported (the rest is). Reopen the year first to take them.</source>
        <translation>本工作区 %1 年度的评星已定稿：社区的评星结果未导入（其余数据已导入）。如需导入，请先重新打开该年度。</translation>
    </message>
    <message>
        <source>The community&apos;s rating template for %1 has tasks or items that this workspace&apos;s has not (changed after it was sent down?): its ratings are not imported (the rest is).</source>
        <translation>社区 %1 年度的评星模板中有本工作区模板所没有的工作任务或加减分项（下发后被修改过？）：其评星结果未导入（其余数据已导入）。</translation>
    </message>
    <message>
        <source>Scores have been entered against this workspace&apos;s rating template for %1: it is not replaced by the street&apos;s. Ask the street whether the scores may be entered again under its template.</source>
        <translation>本工作区 %1 年度的评星模板已录入评分，不会被街道下发的模板覆盖。请与街道商定是否按街道模板重新录入评分。</translation>
    </message>
    <message>
        <source>This workspace has neither a rating template nor a theme-day plan for %1: there is nothing to send.</source>
        <translation>本工作区没有 %1 年度的评星模板，也没有主题党日计划：没有可下发的内容。</translation>
    </message>
    <message>
        <source>This package (made %1) is not newer than the one already installed from the same sender for %2 (made %3): it is not installed.</source>
        <translation>该数据包（生成于 %1）并不比已从同一发送方安装的 %2 年度数据包（生成于 %3）更新：未安装。</translation>
    </message>
    <message>
        <source>%1 %2 (no. %3)</source>
        <translation>%1“%2”（编号 %3）</translation>
    </message>
    <message>
        <source>This package of %1 (made %2) is older than the package of %3 already imported from the same sender (made %4): its organisations and members would overwrite newer ones, so it is not imported. Ask the sender to make the package of %1 again.</source>
        <translation>此 %1 年度数据包（生成于 %2）早于已从同一发送方导入的 %3 年度数据包（生成于 %4）：其中的党组织和党员信息会覆盖较新的数据，因此不予导入。请发送方重新生成 %1 年度的数据包。</translation>
    </message>
    <message>
        <source>The community&apos;s top organisations (%1) go under %2 (no. %3).</source>
        <translation>社区的最上级党组织（%1）归入%2（编号 %3）之下。</translation>
    </message>
    <message>
        <source>This package has already been imported.</source>
        <translation>此数据包已经导入过。</translation>
    </message>
    <message>
        <source>Prescribed actions this workspace&apos;s list did not have were added to it, inactive: %1</source>
        <translation>本工作区的规定动作清单中没有的动作已加入清单（停用状态）：%1</translation>
    </message>
    <message>
        <source>Kept, though no longer in the package, because other records here still refer to them: %1</source>
        <translation>以下记录已不在数据包中，但本工作区仍有其他记录引用它们，因此保留：%1</translation>
    </message>
</context>
<context>
    <name>PackageKeys</name>
    <message>
        <source>The package keys could not be made.</source>
        <translation>无法生成数据包密钥。</translation>
    </message>
    <message>
        <source>Enter the name of the sender whose key this is.</source>
        <translation>请填写该公钥所属发送方的名称。</translation>
    </message>
    <message>
        <source>This is not a package key: copy the whole key (44 characters) as the sender&apos;s workspace shows it.</source>
        <translation>这不是数据包公钥：请完整复制发送方工作区显示的公钥（44 个字符）。</translation>
    </message>
    <message>
        <source>Enter the name of the recipient whose key this is.</source>
        <translation>请填写该公钥所属接收方的名称。</translation>
    </message>
    <message>
        <source>This is not a package key: copy the whole key (44 characters) as the recipient&apos;s workspace shows it.</source>
        <translation>这不是数据包公钥：请完整复制接收方工作区显示的公钥（44 个字符）。</translation>
    </message>
</context>
<context>
    <name>PackageKinds</name>
    <message>
        <source>organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>co-building units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>co-building unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>co-building units&apos; people</source>
        <translation>共建单位人员</translation>
    </message>
    <message>
        <source>co-building unit&apos;s person</source>
        <translation>共建单位人员</translation>
    </message>
    <message>
        <source>co-building units&apos; activities</source>
        <translation>共建单位活动</translation>
    </message>
    <message>
        <source>co-building unit&apos;s activity</source>
        <translation>共建单位活动</translation>
    </message>
    <message>
        <source>needs list</source>
        <translation>需求清单</translation>
    </message>
    <message>
        <source>need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>resources list</source>
        <translation>资源清单</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>projects list</source>
        <translation>项目清单</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>joint meetings</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>joint meeting</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>joint meetings&apos; decisions</source>
        <translation>联席会议议定事项</translation>
    </message>
    <message>
        <source>joint meeting&apos;s decision</source>
        <translation>联席会议议定事项</translation>
    </message>
    <message>
        <source>micro-wishes</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>micro-wish</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>member tags</source>
        <translation>党员标签</translation>
    </message>
    <message>
        <source>member tag</source>
        <translation>党员标签</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出勤记录</translation>
    </message>
    <message>
        <source>prescribed actions done</source>
        <translation>已开展的规定动作</translation>
    </message>
    <message>
        <source>prescribed action done</source>
        <translation>已开展的规定动作</translation>
    </message>
    <message>
        <source>needs a project meets</source>
        <translation>项目对接的需求</translation>
    </message>
    <message>
        <source>need a project meets</source>
        <translation>项目对接的需求</translation>
    </message>
    <message>
        <source>resources a project uses</source>
        <translation>项目使用的资源</translation>
    </message>
    <message>
        <source>resource a project uses</source>
        <translation>项目使用的资源</translation>
    </message>
    <message>
        <source>units in a project</source>
        <translation>参与项目的单位</translation>
    </message>
    <message>
        <source>unit in a project</source>
        <translation>参与项目的单位</translation>
    </message>
    <message>
        <source>units at a joint meeting</source>
        <translation>联席会议参会单位</translation>
    </message>
    <message>
        <source>unit at a joint meeting</source>
        <translation>联席会议参会单位</translation>
    </message>
    <message>
        <source>rotating chairs</source>
        <translation>轮值主席</translation>
    </message>
    <message>
        <source>rotating chair</source>
        <translation>轮值主席</translation>
    </message>
    <message>
        <source>branches rated</source>
        <translation>参评党组织</translation>
    </message>
    <message>
        <source>branch rated</source>
        <translation>参评党组织</translation>
    </message>
    <message>
        <source>task scores</source>
        <translation>工作任务得分</translation>
    </message>
    <message>
        <source>task score</source>
        <translation>工作任务得分</translation>
    </message>
    <message>
        <source>bonus, deduction and veto items</source>
        <translation>加分、扣分与一票否决项</translation>
    </message>
    <message>
        <source>bonus, deduction or veto item</source>
        <translation>加分、扣分或一票否决项</translation>
    </message>
    <message>
        <source>rectifications</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>整改事项</translation>
    </message>
</context>
<context>
    <name>PackageTransfer</name>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The package was written, but the export could not be recorded in the audit log.</source>
        <translation>数据包已写出，但无法在操作日志中记录这次导出。</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PendingFile</name>
    <message>
        <source>&quot;%1&quot; could not be written. %2</source>
        <translation>无法写入“%1”。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be created in that folder. %2</source>
        <translation>无法在该文件夹中创建“%1”。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be replaced. %2</source>
        <translation>无法替换“%1”。%2</translation>
    </message>
</context>
<context>
    <name>PlanPackage</name>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>brought up to date</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>not installed: %1</source>
        <translation>未安装：%1</translation>
    </message>
    <message>
        <source>  rating template: %1</source>
        <translation>  评星模板：%1</translation>
    </message>
    <message>
        <source>  theme-day plans: %1 new, %2 replaced, %3 the same</source>
        <translation>  主题党日计划：新增 %1 个，替换 %2 个，相同 %3 个</translation>
    </message>
    <message>
        <source>  prescribed actions added to the list: %1</source>
        <translation>  加入规定动作清单：%1</translation>
    </message>
    <message>
        <source>This package has already been imported.</source>
        <translation>此数据包已经导入过。</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s) in all.</source>
        <translation>
            <numerusform>%1，共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>已取消打印</translation>
    </message>
    <message numerus="yes">
        <source>Printing was cancelled. The first %n page(s) had already been sent to the printer and will print; the rest will not.</source>
        <translation>
            <numerusform>打印已取消。前 %n 页已送到打印机，会打印出来；其余各页不会打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled before any page was sent; nothing will print.</source>
        <translation>打印在送出任何一页之前已取消，不会打印任何内容。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was printed.</source>
        <translation>无法写入 %1，没有打印任何内容。</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed. Check that it is switched on and connected, then print again.</source>
        <translation>无法启动打印机，没有打印任何内容。请检查打印机是否已开机并连接好，然后重新打印。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>Quarter</name>
    <message>
        <source>Q1</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第四季度</translation>
    </message>
</context>
<context>
    <name>RatingActions</name>
    <message>
        <source>Problems in the file</source>
        <translation>文件中有错误</translation>
    </message>
    <message>
        <source>%1 sheet(s) can be imported; %2 have mistakes and would be left out. Nothing is saved unless you choose so.</source>
        <translation>有 %1 张评分表可以导入；%2 张有错误，将不导入。除非您确认，否则不会保存任何内容。</translation>
    </message>
    <message>
        <source>Import the valid sheets</source>
        <translation>只导入无误的评分表</translation>
    </message>
    <message>
        <source>Save nothing</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Star rating %1</source>
        <translation>%1年度评星定级</translation>
    </message>
    <message>
        <source>Score sheets %1</source>
        <translation>%1年度评分表</translation>
    </message>
    <message>
        <source>Import score sheets</source>
        <translation>导入评分表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>%1 sheet(s) imported.</source>
        <translation>已导入 %1 张评分表。</translation>
    </message>
    <message>
        <source>Reopen the year</source>
        <translation>重新打开年度</translation>
    </message>
    <message>
        <source>The %1 result is final. Importing reopens the year: why must it change? The reason is recorded in the audit log.</source>
        <translation>%1年度评星定级结果已确定，导入将重新打开该年度。请说明需要更改的理由（将记入审计日志）：</translation>
    </message>
</context>
<context>
    <name>RatingCalculator</name>
    <message>
        <source>A score cannot be below zero.</source>
        <translation>得分不能小于0。</translation>
    </message>
    <message>
        <source>%1 is above this task&apos;s maximum of %2 points.</source>
        <translation>%1 超过了该项任务的满分 %2 分。</translation>
    </message>
    <message>
        <source>Points cannot be below zero.</source>
        <translation>分值不能小于0。</translation>
    </message>
    <message>
        <source>%1 is above this item&apos;s maximum of %2 points.</source>
        <translation>%1 超过了该项的最高分 %2 分。</translation>
    </message>
    <message>
        <source>%1 of %2 rated branches (%3%) have five stars; the quota is %4%.</source>
        <translation>参评的 %2 个支部中有 %1 个（%3%）评为五星，超过了 %4% 的比例限制。</translation>
    </message>
    <message>
        <source>%1 of %2 rated branches (%3%) have four stars or more; the quota is %4%.</source>
        <translation>参评的 %2 个支部中有 %1 个（%3%）评为四星及以上，超过了 %4% 的比例限制。</translation>
    </message>
    <message>
        <source>Ranked within each committee by star level first, then by total score (to 0.01); branches with the same stars and total share a rank (1, 2, 2, 4). A vetoed branch is capped at its star level and ranks with it.</source>
        <translation>在同一上级党组织内先按星级、再按总分（精确到0.01分）排名；星级和总分相同的名次并列（1、2、2、4）。被一票否决的支部按其封顶星级参加排名。</translation>
    </message>
    <message>
        <source>%1 (veto)</source>
        <translation>%1（否决）</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Lagging: rectify</source>
        <translation>后进：需整改</translation>
    </message>
    <message>
        <source>Incomplete, lagging</source>
        <translation>未完成，后进</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <source>Up %n star(s)</source>
        <translation>
            <numerusform>晋位 %n 星</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Down %n star(s)</source>
        <translation>
            <numerusform>降级 %n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>Same stars</source>
        <translation>星级持平</translation>
    </message>
    <message numerus="yes">
        <source>rank up %n place(s)</source>
        <translation>
            <numerusform>排名上升 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rank down %n place(s)</source>
        <translation>
            <numerusform>排名下降 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>same rank</source>
        <translation>排名持平</translation>
    </message>
    <message numerus="yes">
        <source>up %n place(s)</source>
        <translation>
            <numerusform>上升 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n place(s)</source>
        <translation>
            <numerusform>下降 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>same place</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
</context>
<context>
    <name>RatingCharts</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Ranking by total</source>
        <translation>总分排名</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>支部数</translation>
    </message>
    <message>
        <source>Branches by star level</source>
        <translation>各星级支部数</translation>
    </message>
    <message>
        <source>%1: aspects against the average</source>
        <translation>%1：各方面得分率与平均水平对比</translation>
    </message>
    <message>
        <source>%1: total over the years</source>
        <translation>%1：历年总分</translation>
    </message>
    <message>
        <source>Average of all branches</source>
        <translation>全部支部平均</translation>
    </message>
</context>
<context>
    <name>RatingEvidence</name>
    <message>
        <source>%1 in-service members, %2 reported (%3); %4 served in %5 (%6 of those reported), %7 hours in all</source>
        <translation>在职党员 %1 名，已报到 %2 名（%3）；%5年参加服务 %4 名（占已报到的 %6），累计服务 %7 小时</translation>
    </message>
    <message>
        <source>%1 micro-wishes in %2, %3 claimed, %4 fulfilled (%5 by members, %6 by units), %7 withdrawn</source>
        <translation>%2年微心愿 %1 个，已认领 %3 个，已完成 %4 个（党员认领 %5 个，共建单位认领 %6 个），已撤回 %7 个</translation>
    </message>
    <message>
        <source>Needs raised %1, met %2 (%3); resources offered %4; projects running %5, done %6; joint meetings in %7 of 4 quarters</source>
        <translation>提出需求 %1 项，已解决 %2 项（%3）；提供资源 %4 项；实施中项目 %5 个，已完成 %6 个；4个季度中有 %7 个季度召开了联席会议</translation>
    </message>
    <message>
        <source>No service fund budget recorded for the year</source>
        <translation>本年度未登记服务群众专项经费预算</translation>
    </message>
    <message>
        <source>Budget %1 yuan, approved %2, spent %3 (%4), balance %5</source>
        <translation>预算 %1 元，已批准 %2 元，已支出 %3 元（%4），结余 %5 元</translation>
    </message>
</context>
<context>
    <name>RatingReport</name>
    <message>
        <source>%1 star rating: ranking</source>
        <translation>%1年度评星定级排名</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Above it</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Against last year</source>
        <translation>较上年</translation>
    </message>
    <message>
        <source>%1 star rating: star levels</source>
        <translation>%1年度评星定级星级分布</translation>
    </message>
    <message>
        <source>Five stars from %1 points, four from %2, three from %3, two from %4; a veto caps at %5 star(s).</source>
        <translation>五星 %1 分以上，四星 %2 分以上，三星 %3 分以上，二星 %4 分以上；一票否决的最高评为 %5 星。</translation>
    </message>
    <message>
        <source>Star levels</source>
        <translation>星级分布</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>支部数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Branch names</source>
        <translation>支部名单</translation>
    </message>
    <message>
        <source>%1 score sheet: %2</source>
        <translation>%1年度评分表：%2</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>考核方面</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>考核任务</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>考评</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Base %1 + bonus %2 − deduction %3</source>
        <translation>基本分 %1 + 加分 %2 − 扣分 %3</translation>
    </message>
    <message>
        <source>Final (finished on %1).</source>
        <translation>结果已确定（%1 完成评定）。</translation>
    </message>
    <message>
        <source>Not finished: the result may still change.</source>
        <translation>尚未完成评定：结果仍可能变动。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total %1    %2    rank %3    %4</source>
        <translation>总分 %1    %2    排名第 %3    %4</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Branch secretary</source>
        <translation>支部书记</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>考评人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Branches under %1.</source>
        <translation>%1所属党支部。</translation>
    </message>
    <message>
        <source>Not rated last year</source>
        <translation>上年未参评</translation>
    </message>
    <message>
        <source>%1 star rating: points by aspect</source>
        <translation>%1年度评星定级各方面得分</translation>
    </message>
    <message>
        <source>In the order of the ranking; the maximum of each aspect in brackets.</source>
        <translation>按排名顺序排列；括号内为各方面满分。</translation>
    </message>
    <message>
        <source>Points by aspect</source>
        <translation>各方面得分</translation>
    </message>
    <message>
        <source>By aspect</source>
        <translation>各方面得分</translation>
    </message>
</context>
<context>
    <name>RatingReports</name>
    <message>
        <source>Totals</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>%1 star rating: totals</source>
        <translation>%1年度评星定级总分</translation>
    </message>
</context>
<context>
    <name>RatingRepository</name>
    <message>
        <source>There is no template for %1.</source>
        <translation>%1 年度没有评分模板。</translation>
    </message>
    <message>
        <source>%1 already has a template.</source>
        <translation>%1 年度已有评分模板。</translation>
    </message>
    <message>
        <source>Describe the problem to put right.</source>
        <translation>请填写需要整改的问题。</translation>
    </message>
</context>
<context>
    <name>RatingService</name>
    <message>
        <source>There is no star rating for %1.</source>
        <translation>%1 年度没有评星定级。</translation>
    </message>
    <message>
        <source>The %1 star rating was finished on %2 and its result is final. To change it, reopen the year and give the reason.</source>
        <translation>%1年度评星定级已于 %2 完成评定，结果已确定。如需更改，请重新打开该年度并说明理由。</translation>
    </message>
    <message>
        <source>%1 is not a year to rate (2000–2100).</source>
        <translation>%1 不是有效的评定年度（应在 2000–2100 年之间）。</translation>
    </message>
    <message>
        <source>Task %1 is not in the %2 template.</source>
        <translation>%2 年度模板中没有编号为 %1 的考核任务。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Item %1 is not in the %2 template.</source>
        <translation>%2 年度模板中没有编号为 %1 的项目。</translation>
    </message>
    <message>
        <source>%1: a veto takes yes or no, other items points.</source>
        <translation>%1：一票否决项只能填“是”或“否”，其他项目应填分值。</translation>
    </message>
    <message>
        <source>Give the reason for reopening a finished year; it is recorded.</source>
        <translation>请填写重新打开已完成年度的理由，该理由将记录在案。</translation>
    </message>
</context>
<context>
    <name>RatingTemplate</name>
    <message>
        <source>The template has no tasks.</source>
        <translation>模板中没有任何考核任务。</translation>
    </message>
    <message>
        <source>An aspect has no name.</source>
        <translation>有一个考核方面没有名称。</translation>
    </message>
    <message>
        <source>A task of &quot;%1&quot; has no name.</source>
        <translation>“%1”中有一项任务没有名称。</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; must have a maximum above zero.</source>
        <translation>任务“%1”的满分必须大于0。</translation>
    </message>
    <message>
        <source>The star thresholds must fall from five stars to two (e.g. 90, 80, 70, 60).</source>
        <translation>星级分数线应从五星到二星依次降低（如 90、80、70、60）。</translation>
    </message>
    <message>
        <source>The bonus cap cannot be negative.</source>
        <translation>加分上限不能为负数。</translation>
    </message>
    <message>
        <source>A veto must cap the level at one to five stars.</source>
        <translation>一票否决后的最高星级应在一星到五星之间。</translation>
    </message>
    <message>
        <source>A bonus, deduction or veto item has no name.</source>
        <translation>有一个加分、扣分或一票否决项目没有名称。</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; must have a maximum above zero.</source>
        <translation>项目“%1”的最高分必须大于0。</translation>
    </message>
</context>
<context>
    <name>Rectification</name>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>The export is finished.</source>
        <translation>导出完成。</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>已送到打印机</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The monthly report of organisational life, as PDF or .xlsx.</source>
        <translation>组织生活月报，导出为 PDF 或 .xlsx。</translation>
    </message>
    <message>
        <source>Report.</source>
        <translation>报表。</translation>
    </message>
    <message>
        <source>monthly.</source>
        <translation>monthly（月报）。</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>月份，格式 YYYY-MM。</translation>
    </message>
    <message>
        <source>One branch, or every branch below a committee (its id).</source>
        <translation>一个支部，或某党委下的全部支部（编号）。</translation>
    </message>
    <message>
        <source>The .pdf or .xlsx file to write.</source>
        <translation>要写入的 .pdf 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Use: partydesk report monthly --month YYYY-MM [--org ID] --out FILE --db FILE</source>
        <translation>用法：partydesk report monthly --month YYYY-MM [--org 编号] --out 文件 --db 文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: use YYYY-MM.</source>
        <translation>“%1”不是月份：请按 YYYY-MM 输入。</translation>
    </message>
    <message>
        <source>The output must end in .pdf or .xlsx.</source>
        <translation>输出文件必须以 .pdf 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>没有编号为 %1 的党组织。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Name an output in a folder that exists.</source>
        <translation>请把输出文件放在已存在的文件夹中。</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved. %2</source>
        <translation>“%1”未保存。%2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Secretary / administrator</source>
        <translation>书记/管理员</translation>
    </message>
    <message>
        <source>Party affairs officer</source>
        <translation>党务干事</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>manage users and sign-in</source>
        <translation>管理用户与登录</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>change organisations</source>
        <translation>修改党组织</translation>
    </message>
    <message>
        <source>change the star rating</source>
        <translation>修改评星定级</translation>
    </message>
    <message>
        <source>change members</source>
        <translation>修改党员信息</translation>
    </message>
    <message>
        <source>change meetings</source>
        <translation>修改会议</translation>
    </message>
    <message>
        <source>export files</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>show, export or print full ID numbers</source>
        <translation>显示、导出或打印完整身份证号</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Party age</source>
        <translation>党龄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Unit or whereabouts</source>
        <translation>单位/去向</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Party member roster</source>
        <translation>党员花名册</translation>
    </message>
    <message>
        <source>%1    %2 people    exported %3</source>
        <translation>%1    共 %2 人    导出日期 %3</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>已于 %1 离开</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>Activist since</source>
        <translation>确定积极分子日期</translation>
    </message>
    <message>
        <source>Candidate since</source>
        <translation>确定发展对象日期</translation>
    </message>
    <message>
        <source>Reported or floating since</source>
        <translation>报到/流动日期</translation>
    </message>
</context>
<context>
    <name>RosterFields</name>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Applied to join</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>Activist since</source>
        <translation>确定为积极分子日期</translation>
    </message>
    <message>
        <source>Candidate since</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在党支部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>党员身份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Work unit or whereabouts (by category)</source>
        <translation>单位/去向（按人员类别）</translation>
    </message>
    <message>
        <source>Floating to (place)</source>
        <translation>流出去向</translation>
    </message>
    <message>
        <source>Floating since</source>
        <translation>流动日期</translation>
    </message>
    <message>
        <source>Organisation holding the membership</source>
        <translation>组织关系所在党组织</translation>
    </message>
    <message>
        <source>Reported here on</source>
        <translation>到社区报到日期</translation>
    </message>
    <message>
        <source>Reported or floating since (by category)</source>
        <translation>报到/流动日期（按人员类别）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(unknown column)</source>
        <translation>（未识别的列）</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file has no sheet number %1.</source>
        <translation>文件中没有第 %1 个工作表。</translation>
    </message>
    <message>
        <source>%1 (ID number %2) left the roster on %3; the import does not add the same person again. Look the record up in the roster with members who left shown.</source>
        <translation>%1（身份证号 %2）已于 %3 离开花名册，导入不会为同一人再建一条记录。请在花名册中勾选“包括已离开的党员”查看该记录。</translation>
    </message>
    <message>
        <source>%1 (ID number %2) is already on the roster; left as saved.</source>
        <translation>%1（身份证号 %2）已在花名册中，保持原样。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has no roster header: none of its first %2 rows names 姓名 and another column such as 身份证号 or 所在支部.</source>
        <translation>工作表“%1”中找不到花名册表头：前 %2 行中没有一行同时含有“姓名”和“身份证号”“所在支部”等其他列。</translation>
    </message>
    <message>
        <source>The ID number %1 appears more than once in the file (rows %2).</source>
        <translation>身份证号 %1 在文件中出现了不止一次（第 %2 行）。</translation>
    </message>
</context>
<context>
    <name>RosterImportService</name>
    <message numerus="yes">
        <source>%n row(s) of the file have problems; nothing was saved. Fix them, or choose to keep the sound rows.</source>
        <translation>
            <numerusform>文件中有 %n 行存在问题，未保存任何内容。请修改这些行，或选择保留无误的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no row to save.</source>
        <translation>文件中没有可保存的行。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The branch &quot;%1&quot; could not be created: %2</source>
        <translation>无法新建党支部“%1”：%2</translation>
    </message>
    <message>
        <source>That import is no longer recorded.</source>
        <translation>该导入记录已不存在。</translation>
    </message>
    <message>
        <source>The import of %1 was already undone on %2.</source>
        <translation>“%1”的导入已于 %2 撤销。</translation>
    </message>
    <message>
        <source>The import of %1 cannot be undone: members it brought in have changed since (%2). Change them back by hand instead.</source>
        <translation>“%1”的导入无法撤销：导入后其中的党员信息已有改动（%2）。请改为手工改回。</translation>
    </message>
</context>
<context>
    <name>RosterRowReader</name>
    <message>
        <source>Work unit: %1</source>
        <translation>工作单位：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 gives only the month; read as %2.</source>
        <translation>%1只填了年月，按 %2 读取。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither 男 nor 女; taken from the ID number.</source>
        <translation>%1：“%2”既不是“男”也不是“女”，已按身份证号识别。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is none of the 56 ethnic groups; left empty.</source>
        <translation>%1：“%2”不是56个民族之一，已留空。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a level of education PartyDesk knows; left as not recorded.</source>
        <translation>%1：“%2”不是本软件能识别的学历，按“未填”处理。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a category; write 在册, 在职, 流出 or 流入.</source>
        <translation>%1：“%2”不是有效的人员类别，请填写在册、在职、流出或流入。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a membership status; write 正式党员 or 预备党员 (or 发展对象, 入党积极分子, 入党申请人).</source>
        <translation>%1：“%2”不是有效的党员身份，请填写正式党员或预备党员（或发展对象、入党积极分子、入党申请人）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is no tag PartyDesk knows; left out.</source>
        <translation>%1：“%2”不是本软件已有的标签，已略去。</translation>
    </message>
    <message>
        <source>The birth date gives only the month; read as %1.</source>
        <translation>出生日期只填了年月，按 %1 读取。</translation>
    </message>
</context>
<context>
    <name>RosterStream</name>
    <message>
        <source>The roster changed while it was being exported; export again.</source>
        <translation>导出期间花名册发生了变化，请重新导出。</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>&quot;%1&quot; has more than two decimals: scores are kept to hundredths (e.g. 2.5 or 2.25).</source>
        <translation>“%1”的小数超过两位：分数最多精确到0.01（如 2.5 或 2.25）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: type a number such as 3 or 2.5.</source>
        <translation>“%1”不是有效的分数：请输入数字，如 3 或 2.5。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is below zero: a score cannot be negative.</source>
        <translation>“%1”小于0：分数不能为负数。</translation>
    </message>
    <message>
        <source>是/有/√/1 (applies) or 否/无/×/0/empty (does not)</source>
        <translation>是/有/√/1（否决）或 否/无/×/0/留空（不否决）</translation>
    </message>
</context>
<context>
    <name>ScoreSheetImport</name>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Veto (yes/no)</source>
        <translation>一票否决（是/否）</translation>
    </message>
    <message>
        <source>%1 score sheet: %2</source>
        <translation>%1年度评分表：%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>考核方面</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>考核任务</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>考评</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2: %3</source>
        <translation>工作表“%1”第 %2 行：%3</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: the mark [branch/year] on row 2 is missing; it is not a PartyDesk score sheet.</source>
        <translation>工作表“%1”第2行缺少[支部/年度]标记，不是本软件生成的评分表。</translation>
    </message>
    <message>
        <source>the sheet is for %1, not %2.</source>
        <translation>这是 %1 年度的评分表，不是 %2 年度的。</translation>
    </message>
    <message>
        <source>there is no branch with id %1 in this workspace.</source>
        <translation>本工作区没有编号为 %1 的支部。</translation>
    </message>
    <message>
        <source>%1 has a sheet already in this file.</source>
        <translation>%1 在本文件中已有一张评分表。</translation>
    </message>
    <message>
        <source>%1 Fill in the Self and Assessed columns (the committee&apos;s score stands; at most two decimals); a veto takes %2. Keep the first column and this line as they are.</source>
        <translation>%1 请填写“自评”“考评”两列（以考评为准，最多保留两位小数）；一票否决项填写 %2。第一列和本行请勿改动。</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is no line of the %2 template (tasks are T1…, bonus items B1…, deductions D1…, vetoes V1…).</source>
        <translation>编号“%1”不是 %2 年度模板中的项目（考核任务为 T1…，加分项为 B1…，扣分项为 D1…，一票否决项为 V1…）。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; in the %3 template but &quot;%4&quot; on the sheet; the template has changed since the sheet was made: export the sheets again.</source>
        <translation>%1 在 %3 年度模板中为“%2”，在评分表中却为“%4”：评分表导出后模板已有改动，请重新导出评分表。</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2（%3 %4）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a veto mark: use %2 (%3 %4).</source>
        <translation>“%1”不是有效的否决标记：请填写 %2（%3 %4）。</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
</context>
<context>
    <name>ScoringCommand</name>
    <message>
        <source>--format must be pdf or xlsx.</source>
        <translation>--format 只能是 pdf 或 xlsx。</translation>
    </message>
    <message>
        <source>Name the output with --out FILE in a folder that exists.</source>
        <translation>请用 --out 文件名 指定输出文件，且所在文件夹必须存在。</translation>
    </message>
    <message>
        <source>There is no star rating for %1.</source>
        <translation>%1 年度没有评星定级。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the file, or import its valid sheets with --keep-valid.</source>
        <translation>未保存任何内容：请修改文件，或用 --keep-valid 只导入无误的评分表。</translation>
    </message>
    <message>
        <source>Imported %1 sheet(s) for %2; %3 sheet(s) had problems.</source>
        <translation>已导入 %2 年度评分表 %1 张；%3 张有错误。</translation>
    </message>
    <message>
        <source>Star rating.</source>
        <translation>评星定级。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年度。</translation>
    </message>
    <message>
        <source>pdf or xlsx.</source>
        <translation>pdf 或 xlsx。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>Save the valid sheets of a file with errors.</source>
        <translation>文件有错误时，仍保存无误的评分表。</translation>
    </message>
    <message>
        <source>Name an existing .xlsx file to import.</source>
        <translation>请指定要导入的 .xlsx 文件（须已存在）。</translation>
    </message>
    <message>
        <source>The %1 rating is finished and its result is final; nothing was imported. To change it, add --reopen &quot;REASON&quot; (recorded in the audit log).</source>
        <translation>%1年度评星定级已完成评定，结果已确定，未导入任何内容。如需更改，请加上 --reopen &quot;REASON&quot;（理由将记入审计日志）。</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>没有编号为 %1 的党组织。</translation>
    </message>
    <message>
        <source>No branch rated in %1 is under that organisation.</source>
        <translation>该党组织下没有参加 %1 年度评星定级的支部。</translation>
    </message>
    <message>
        <source>Written: %1 (%2 sheet(s))</source>
        <translation>已写入：%1（共 %2 张评分表）</translation>
    </message>
    <message>
        <source>%1 already exists: %2 branch(es), %3 tasks.</source>
        <translation>%1 年度已存在：参评支部 %2 个，考核任务 %3 项。</translation>
    </message>
    <message>
        <source>Started %1: %2 branch(es), %3 tasks.</source>
        <translation>已新建 %1 年度：参评支部 %2 个，考核任务 %3 项。</translation>
    </message>
    <message>
        <source>Star rating (评星定级) without the window:
  scoring new-year --year Y --db FILE            start a year from last year&apos;s template and branches
  scoring sheets --year Y --out FILE.xlsx [--org ID] --db FILE   score sheets to fill in
  scoring import FILE.xlsx --year Y --db FILE [--keep-valid] [--reopen REASON]
  scoring report --year Y --format pdf|xlsx --out FILE --db FILE   the annual report</source>
        <translation>评星定级（无需打开窗口）：
  scoring new-year --year Y --db FILE            沿用上年度的评分模板和参评支部新建年度
  scoring sheets --year Y --out FILE.xlsx [--org ID] --db FILE   导出待填写的评分表
  scoring import FILE.xlsx --year Y --db FILE [--keep-valid] [--reopen REASON]
  scoring report --year Y --format pdf|xlsx --out FILE --db FILE   生成年度报告</translation>
    </message>
    <message>
        <source>new-year, sheets, import or report.</source>
        <translation>new-year（新建年度）、sheets（评分表）、import（导入）或 report（报告）。</translation>
    </message>
    <message>
        <source>Only the branches under this organisation (its id).</source>
        <translation>只包括该党组织下的支部（党组织编号）。</translation>
    </message>
    <message>
        <source>Reopen a finished year to import into it; the reason is recorded.</source>
        <translation>重新打开已完成评定的年度以便导入；理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Use: partydesk scoring new-year|sheets|import|report --year Y --db FILE … (partydesk help scoring lists the options)</source>
        <translation>用法：partydesk scoring new-year|sheets|import|report --year Y --db FILE …（各选项见 partydesk help scoring）</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; pages are: %2</source>
        <translation>未知页面“%1”；可用页面：%2</translation>
    </message>
    <message>
        <source>Export the roster to Excel</source>
        <translation>导出花名册到 Excel</translation>
    </message>
    <message>
        <source>The workspace has no grid branch to import into.</source>
        <translation>工作区中没有可导入的网格党支部。</translation>
    </message>
    <message>
        <source>The import preview could not be made.</source>
        <translation>无法生成导入预览。</translation>
    </message>
    <message>
        <source>The workspace has no record to show in this form.</source>
        <translation>工作区中没有可在此表单中显示的记录。</translation>
    </message>
</context>
<context>
    <name>SecurityService</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>已有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>This workspace already has users; sign in instead.</source>
        <translation>此工作区已有用户，请直接登录。</translation>
    </message>
    <message>
        <source>Add an active secretary / administrator account before turning sign-in on.</source>
        <translation>开启登录前，请先添加一个启用状态的书记/管理员账户。</translation>
    </message>
    <message>
        <source>Enter between 0 (never) and 1440 minutes.</source>
        <translation>请输入 0（从不）到 1440 之间的分钟数。</translation>
    </message>
    <message>
        <source>%1 is the last active secretary / administrator; add another one first.</source>
        <translation>%1 是最后一个启用状态的书记/管理员，请先添加另一个。</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords; try again in %n seconds.</source>
        <translation>
            <numerusform>密码错误次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address: %2 (e.g. postgresql://clerk@192.168.1.10/street).</source>
        <translation>“%1”不是服务器地址：%2（例如 postgresql://clerk@192.168.1.10/street）。</translation>
    </message>
    <message>
        <source>it must begin with postgresql://</source>
        <translation>必须以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>缺少数据库名</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;</source>
        <translation>数据库名不能包含“/”</translation>
    </message>
</context>
<context>
    <name>ServiceResult</name>
    <message>
        <source>The workspace file could not be written; nothing was changed. Details: %1</source>
        <translation>工作区文件写入失败，未作任何更改。详细信息：%1</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>未作任何改动。%1</translation>
    </message>
    <message>
        <source>Someone else saved a change here after you opened it. Yours was not saved, and theirs is kept: look at what is saved now, then make your change again.</source>
        <translation>在您打开之后，其他人在这里保存了修改。您的修改没有保存，对方的修改已保留：请先查看现在保存的内容，再重新修改。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This workspace asks for sign-in; sign in first.</source>
        <translation>此工作区需要登录，请先登录。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The disk is full (or your quota is used up). Free some space or choose another drive, then try again.</source>
        <translation>磁盘已满（或您的存储配额已用完）。请腾出空间或选择其他驱动器后重试。</translation>
    </message>
    <message>
        <source>The file would be larger than this system allows (a file-size limit, or a drive formatted as FAT32 with its 4 GB limit).</source>
        <translation>文件大小超出了本系统的限制（文件大小限制，或驱动器为 FAT32 格式，单个文件不能超过 4 GB）。</translation>
    </message>
    <message>
        <source>You have no permission to write there. Choose a folder of your own, or ask whoever manages this PC.</source>
        <translation>您没有在该位置写入的权限。请选择您自己的文件夹，或联系这台电脑的管理人员。</translation>
    </message>
    <message>
        <source>The drive is read-only (a locked USB stick, a CD, or a write-protected share). Choose another place.</source>
        <translation>该驱动器是只读的（已锁定的U盘、光盘或有写保护的共享文件夹）。请选择其他位置。</translation>
    </message>
    <message>
        <source>The folder does not exist (any more): was a USB stick removed?</source>
        <translation>该文件夹不存在（或已不存在）：是否拔出了U盘？</translation>
    </message>
    <message>
        <source>The drive reported an input/output error: it may be failing or was removed. Copy your files elsewhere soon.</source>
        <translation>驱动器报告了输入/输出错误：它可能即将损坏或已被移除。请尽快把文件复制到其他地方。</translation>
    </message>
    <message>
        <source>The file is in use by another program: close it there and try again.</source>
        <translation>该文件正被其他程序使用：请在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>The system reported: %1.</source>
        <translation>系统报告：%1。</translation>
    </message>
    <message>
        <source>The workspace file or its folder is read-only, so nothing can be saved. The file itself is fine. To make changes, copy it to a folder where you may write (e.g. Documents) and open it there.</source>
        <translation>工作区文件或其所在文件夹是只读的，无法保存任何内容。文件本身完好。如需修改，请把它复制到您有写入权限的文件夹（如“文档”）中，再在那里打开。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing more can be saved; what was saved before is intact. Free some space and try again.</source>
        <translation>磁盘已满，无法再保存任何内容；之前保存的内容完好无损。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The workspace file could not be written (a disk error, a removed drive, or a file-size limit). What was saved before is intact; check the drive and try again.</source>
        <translation>无法写入工作区文件（磁盘错误、驱动器已移除或达到文件大小限制）。之前保存的内容完好无损；请检查驱动器后重试。</translation>
    </message>
    <message>
        <source>The workspace file cannot be opened: its folder is missing, or you may not read or write there.</source>
        <translation>无法打开工作区文件：其所在文件夹不存在，或您没有在那里读写的权限。</translation>
    </message>
    <message>
        <source>The workspace is busy in another PartyDesk window or program. Close it there and try again.</source>
        <translation>工作区正被另一个社区党建工作台窗口或其他程序使用。请在那里关闭后重试。</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>电脑内存不足。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Nothing more will be written to it; restore it from a backup (File → Backups and Restore).</source>
        <translation>工作区文件已损坏。此后不会再向其中写入任何内容；请从备份恢复（文件 → 备份与恢复）。</translation>
    </message>
    <message>
        <source>the server has no database &quot;%1&quot;; check its name.</source>
        <translation>服务器上没有名为“%1”的数据库，请检查数据库名。</translation>
    </message>
    <message>
        <source>the server has no user &quot;%1&quot;; check the user name.</source>
        <translation>服务器上没有用户“%1”，请检查用户名。</translation>
    </message>
    <message>
        <source>the user name or the password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>the server did not answer in time.</source>
        <translation>服务器没有及时应答。</translation>
    </message>
    <message>
        <source>nothing answers at that address and port; check them, and that the server is running.</source>
        <translation>该地址和端口没有应答，请检查地址、端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>the server does not let this PC or user in; ask whoever runs it to allow it.</source>
        <translation>服务器不允许这台电脑或这个用户连接，请联系服务器管理员开通。</translation>
    </message>
</context>
<context>
    <name>StorageHealth</name>
    <message>
        <source>SQLite found damage in the workspace file (%1). Nothing more will be written to it; close PartyDesk and restore the file from a backup.</source>
        <translation>SQLite 发现工作区文件已损坏（%1）。此后不会再向该文件写入任何内容；请关闭社区党建工作台，并从备份恢复该文件。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>its compound-file structure is damaged.</source>
        <translation>文件的复合文档结构已损坏。</translation>
    </message>
    <message>
        <source>the record at byte %1 of its workbook stream is damaged.</source>
        <translation>工作簿数据流第 %1 字节处的记录已损坏。</translation>
    </message>
    <message>
        <source>a sheet in it says it spans %1 rows and %2 columns, more than this program reads; the file may be damaged.</source>
        <translation>其中有一个工作表标明有 %1 行 %2 列，超出本程序的读取范围；文件可能已损坏。</translation>
    </message>
    <message>
        <source>there is no sheet %1.</source>
        <translation>没有第 %1 个工作表。</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1).</source>
        <translation>无法打开文件（%1）。</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than this program reads.</source>
        <translation>文件超过 %1 MB，超出本程序的读取范围。</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
    <message>
        <source>a quoted field that starts on this line is never closed (a &quot; is missing).</source>
        <translation>从这一行开始的带引号字段没有结束（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>有一个字段超过 %1 个字符。</translation>
    </message>
    <message>
        <source>the line has more than %1 fields, more than this program reads.</source>
        <translation>该行超过 %1 个字段，超出本程序的读取范围。</translation>
    </message>
    <message>
        <source>the file has more than %1 cells, more than this program reads.</source>
        <translation>文件超过 %1 个单元格，超出本程序的读取范围。</translation>
    </message>
    <message>
        <source>the file has more than %1 lines, more than this program reads.</source>
        <translation>文件超过 %1 行，超出本程序的读取范围。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;: %3</source>
        <translation>“%1”，工作表“%2”：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;, cell %3: %4</source>
        <translation>“%1”，工作表“%2”，单元格 %3：%4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, sheet &quot;%2&quot;, row %3: %4</source>
        <translation>“%1”，工作表“%2”，第 %3 行：%4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, line %2: %3</source>
        <translation>“%1”，第 %2 行：%3</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>the file is %1 MB, larger than the %2 MB this program reads.</source>
        <translation>文件大小为 %1 MB，超过了本程序可读取的 %2 MB。</translation>
    </message>
    <message>
        <source>it is a WPS spreadsheet (.et), which this program cannot read: open it in WPS and save it as .xlsx.</source>
        <translation>这是 WPS 表格文件（.et），本程序无法读取：请在 WPS 中打开，另存为 .xlsx 格式。</translation>
    </message>
    <message>
        <source>it is a web page or XML file saved under a spreadsheet name, not a real workbook: open it in Excel or WPS and save it as .xlsx.</source>
        <translation>这是以表格文件名保存的网页或 XML 文件，不是真正的工作簿：请在 Excel 或 WPS 中打开，另存为 .xlsx 格式。</translation>
    </message>
    <message>
        <source>it is neither a spreadsheet nor a text file (.xlsx, .xls, .csv).</source>
        <translation>这既不是表格文件，也不是文本文件（.xlsx、.xls、.csv）。</translation>
    </message>
    <message>
        <source>the workbook has more than %1 cells, more than this program reads at once.</source>
        <translation>工作簿超过 %1 个单元格，超出本程序一次可读取的范围。</translation>
    </message>
    <message>
        <source>the text is not valid %1 here (byte %2 of the file); save the file again as UTF-8 or as an Excel workbook.</source>
        <translation>此处的文字不是有效的 %1 编码（文件第 %2 字节）；请把文件重新另存为 UTF-8 编码或 Excel 工作簿。</translation>
    </message>
    <message>
        <source>the text is not valid %1 here (byte %2 of the file).</source>
        <translation>此处的文字不是有效的 %1 编码（文件第 %2 字节）。</translation>
    </message>
    <message>
        <source>the file ends in the middle of a %1 character; it was not saved completely.</source>
        <translation>文件在一个 %1 字符的中间结束，没有完整保存。</translation>
    </message>
    <message>
        <source>the text is not valid %1.</source>
        <translation>文字不是有效的 %1 编码。</translation>
    </message>
    <message>
        <source>the text is not valid %1 (as it seems to be written); save the file again as UTF-8 or as an Excel workbook.</source>
        <translation>文字不是有效的 %1 编码（看起来是按该编码保存的）；请把文件重新另存为 UTF-8 编码或 Excel 工作簿。</translation>
    </message>
    <message>
        <source>it is an Office file without an Excel workbook inside: a WPS spreadsheet (.et) or a password-protected workbook looks like this. Open it in WPS or Excel and save it as .xlsx without a password.</source>
        <translation>这是不含 Excel 工作簿的 Office 文件：WPS 表格文件（.et）或设有密码的工作簿就是这种情况。请在 WPS 或 Excel 中打开，不设密码另存为 .xlsx 格式。</translation>
    </message>
    <message>
        <source>there is not enough memory to read it.</source>
        <translation>内存不足，无法读取。</translation>
    </message>
    <message>
        <source>its text is in a character set this program cannot read: save it as .xlsx.</source>
        <translation>其中的文字使用了本程序无法读取的字符集：请另存为 .xlsx 格式。</translation>
    </message>
    <message>
        <source>it is damaged or not an Excel 97-2003 workbook (error %1): open it in Excel or WPS and save it as .xlsx.</source>
        <translation>文件已损坏，或不是 Excel 97-2003 工作簿（错误 %1）：请在 Excel 或 WPS 中打开，另存为 .xlsx 格式。</translation>
    </message>
    <message>
        <source>the workbook is protected with a password: save it without one (as .xlsx) and import that.</source>
        <translation>工作簿设有密码保护：请取消密码另存为 .xlsx 格式，再导入该文件。</translation>
    </message>
    <message>
        <source>the workbook has no sheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>the workbook has more than %1 sheets, more than this program reads.</source>
        <translation>工作簿超过 %1 个工作表，超出本程序的读取范围。</translation>
    </message>
    <message>
        <source>the name of sheet %1 cannot be read; the file is damaged.</source>
        <translation>无法读取第 %1 个工作表的名称，文件已损坏。</translation>
    </message>
    <message>
        <source>the sheet cannot be read; the file is damaged.</source>
        <translation>无法读取该工作表，文件已损坏。</translation>
    </message>
    <message>
        <source>the sheet spans %1 rows and %2 columns, more than this program reads.</source>
        <translation>该工作表有 %1 行 %2 列，超出本程序的读取范围。</translation>
    </message>
    <message>
        <source>the cell cannot be read; the file is damaged.</source>
        <translation>无法读取该单元格，文件已损坏。</translation>
    </message>
    <message>
        <source>the cell holds a number that is not finite; the file is damaged.</source>
        <translation>单元格中的数字不是有限数值，文件已损坏。</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters.</source>
        <translation>文字超过 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>the part %1 lists too many relationships.</source>
        <translation>内部文件 %1 中列出的关联过多。</translation>
    </message>
    <message>
        <source>shared string %1 in %2 is longer than %3 characters.</source>
        <translation>内部文件 %2 中的共享字符串 %1 超过 %3 个字符。</translation>
    </message>
    <message>
        <source>the part %1 holds more than %2 strings, more than this program reads.</source>
        <translation>内部文件 %1 中的字符串超过 %2 个，超出本程序的读取范围。</translation>
    </message>
    <message>
        <source>the sheet has more rows than this program reads.</source>
        <translation>该工作表的行数超出本程序的读取范围。</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not one from 1 to %2; the file is damaged.</source>
        <translation>行号“%1”不在 1 到 %2 之间，文件已损坏。</translation>
    </message>
    <message>
        <source>the row comes after row %1; rows out of order mean the file is damaged.</source>
        <translation>该行排在第 %1 行之后，行的顺序错乱，说明文件已损坏。</translation>
    </message>
    <message>
        <source>the row has more columns than this program reads.</source>
        <translation>该行的列数超出本程序的读取范围。</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is outside A1:%2; the file is damaged.</source>
        <translation>单元格引用“%1”超出了 A1:%2 的范围，文件已损坏。</translation>
    </message>
    <message>
        <source>the cell %1 does not belong to this row; the file is damaged.</source>
        <translation>单元格 %1 不属于该行，文件已损坏。</translation>
    </message>
    <message>
        <source>the cell %1 comes after %2; cells out of order mean the file is damaged.</source>
        <translation>单元格 %1 排在 %2 之后，单元格顺序错乱，说明文件已损坏。</translation>
    </message>
    <message>
        <source>the cell type &quot;%1&quot; is unknown.</source>
        <translation>未知的单元格类型“%1”。</translation>
    </message>
    <message>
        <source>the cell refers to a shared string, but the workbook has no shared strings; the file is damaged.</source>
        <translation>单元格引用了共享字符串，但工作簿中没有共享字符串表，文件已损坏。</translation>
    </message>
    <message>
        <source>the cell refers to shared string &quot;%1&quot;, but the workbook has %2; the file is damaged.</source>
        <translation>单元格引用的共享字符串“%1”不存在（工作簿中共有 %2 个），文件已损坏。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TRUE/FALSE value.</source>
        <translation>“%1”不是 TRUE/FALSE 值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number; the file is damaged.</source>
        <translation>“%1”不是有限数值，文件已损坏。</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells, more than this program reads.</source>
        <translation>该工作表超过 %1 个单元格，超出本程序的读取范围。</translation>
    </message>
    <message>
        <source>the part %1 has more than %2 cell styles.</source>
        <translation>内部文件 %1 中的单元格样式超过 %2 个。</translation>
    </message>
    <message>
        <source>it is an OpenDocument file (.ods), not an Excel workbook: save it as .xlsx and import that.</source>
        <translation>这是 OpenDocument 文件（.ods），不是 Excel 工作簿：请另存为 .xlsx 格式，再导入该文件。</translation>
    </message>
    <message>
        <source>it is a Word document, not a spreadsheet.</source>
        <translation>这是 Word 文档，不是表格文件。</translation>
    </message>
    <message>
        <source>it is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>这是压缩包（zip），但不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>the sheet&apos;s part %1 is missing from the file; the file is damaged.</source>
        <translation>文件中缺少该工作表的内部文件 %1，文件已损坏。</translation>
    </message>
    <message>
        <source>the part %1 nests elements %2 deep (line %3); it is not a spreadsheet part.</source>
        <translation>内部文件 %1 的元素嵌套深达 %2 层（第 %3 行），不是表格的组成部分。</translation>
    </message>
    <message>
        <source>the part %1 is not valid XML (line %2, column %3: %4); the file is damaged.</source>
        <translation>内部文件 %1 不是有效的 XML（第 %2 行第 %3 列：%4），文件已损坏。</translation>
    </message>
    <message>
        <source>the part %1 ends in the middle (line %2); the file was not saved or copied completely.</source>
        <translation>内部文件 %1 在中途结束（第 %2 行），文件没有完整保存或复制。</translation>
    </message>
    <message>
        <source>the zip archive is damaged (%1).</source>
        <translation>压缩包已损坏（%1）。</translation>
    </message>
    <message>
        <source>the part %1 of the zip archive cannot be read (%2).</source>
        <translation>无法读取压缩包中的内部文件 %1（%2）。</translation>
    </message>
    <message>
        <source>the part %1 unpacks to %2 MB, more than the %3 MB this program reads; the file may be damaged.</source>
        <translation>内部文件 %1 解压后为 %2 MB，超过了本程序可读取的 %3 MB；文件可能已损坏。</translation>
    </message>
    <message>
        <source>the part %1 is damaged (%2): the file was not copied or saved completely.</source>
        <translation>内部文件 %1 已损坏（%2）：文件没有完整复制或保存。</translation>
    </message>
    <message>
        <source>the part %1 is longer than the archive says; the file is damaged.</source>
        <translation>内部文件 %1 比压缩包中记录的长度更长，文件已损坏。</translation>
    </message>
    <message>
        <source>the part %1 ends early; the file is damaged.</source>
        <translation>内部文件 %1 提前结束，文件已损坏。</translation>
    </message>
</context>
<context>
    <name>TemplateFile</name>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Star rating template: %1</source>
        <translation>评星定级模板：%1</translation>
    </message>
    <message>
        <source>Settings (leave empty for no quota)</source>
        <translation>基本设置（比例上限留空表示不限）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Five stars from</source>
        <translation>五星分数线</translation>
    </message>
    <message>
        <source>Four stars from</source>
        <translation>四星分数线</translation>
    </message>
    <message>
        <source>Three stars from</source>
        <translation>三星分数线</translation>
    </message>
    <message>
        <source>Two stars from</source>
        <translation>二星分数线</translation>
    </message>
    <message>
        <source>Bonus cap</source>
        <translation>加分上限</translation>
    </message>
    <message>
        <source>A veto caps at (stars)</source>
        <translation>一票否决最高星级</translation>
    </message>
    <message>
        <source>Five-star quota (%)</source>
        <translation>五星比例上限（%）</translation>
    </message>
    <message>
        <source>Four-star quota (%)</source>
        <translation>四星及以上比例上限（%）</translation>
    </message>
    <message>
        <source>%1 tasks, %2 points</source>
        <translation>共 %1 项任务，%2 分</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>考核任务</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>考核方面</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>考核任务</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>How to score</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>查看材料</translation>
    </message>
    <message>
        <source>Type: bonus, deduction or veto</source>
        <translation>类型：加分、扣分或一票否决</translation>
    </message>
    <message>
        <source>Bonus, deduction, veto</source>
        <translation>加减分及否决</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The workbook needs three sheets: settings, tasks, and bonus/deduction/veto items.</source>
        <translation>工作簿应有三张表：设置、考核任务、加减分及否决。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2: %3</source>
        <translation>工作表“%1”第 %2 行：%3</translation>
    </message>
    <message>
        <source>not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <source>a quota is a percentage from 1 to 100.</source>
        <translation>比例上限应为 1 到 100 之间的百分数。</translation>
    </message>
    <message>
        <source>each task needs an aspect, a name and a maximum above zero.</source>
        <translation>每项任务都要有考核方面、名称和大于0的满分。</translation>
    </message>
    <message>
        <source>the type must be bonus, deduction or veto.</source>
        <translation>类型只能是加分、扣分或一票否决。</translation>
    </message>
    <message>
        <source>bonus and deduction items need a maximum above zero.</source>
        <translation>加分项和扣分项的最高分必须大于0。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Facts suggesting the score</source>
        <translation>评分参考数据</translation>
    </message>
    <message>
        <source>the facts suggesting the score are one of: %1.</source>
        <translation>评分参考数据只能是以下之一：%1。</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Move between branches</source>
        <translation>支部间转接</translation>
    </message>
</context>
<context>
    <name>TransferFields</name>
    <message>
        <source>(choose a member)</source>
        <translation>（请选择党员）</translation>
    </message>
    <message>
        <source>(choose a branch)</source>
        <translation>（请选择党支部）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
</context>
<context>
    <name>TransferReport</name>
    <message>
        <source>Transfers of membership</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>转接类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出党组织</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转入党组织</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>未收到回执</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>Enter the date of the transfer.</source>
        <translation>请填写转接日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>%1 joined the roster on %2; the transfer cannot be earlier.</source>
        <translation>%1 于 %2 登记入册，转接日期不能早于该日。</translation>
    </message>
    <message>
        <source>%1 last moved on %2; the transfer cannot be earlier.</source>
        <translation>%1 最近一次转接是在 %2，本次转接日期不能早于该日。</translation>
    </message>
    <message>
        <source>Choose the member who transfers out.</source>
        <translation>请选择转出的党员。</translation>
    </message>
    <message>
        <source>%1 already left the roster on %2.</source>
        <translation>%1 已于 %2 离开花名册。</translation>
    </message>
    <message>
        <source>%1 is not a Party member: only Party members transfer their membership.</source>
        <translation>%1 不是党员：只有党员才能办理组织关系转接。</translation>
    </message>
    <message>
        <source>%1&apos;s membership is registered with another organisation: record the leaving in the member form instead.</source>
        <translation>%1 的组织关系不在本社区：请改在党员信息表中登记离开。</translation>
    </message>
    <message>
        <source>Enter the organisation the member transfers to.</source>
        <translation>请填写转往的党组织。</translation>
    </message>
    <message>
        <source>%1, letter no. %2</source>
        <translation>%1，介绍信编号 %2</translation>
    </message>
    <message>
        <source>The transfer no longer exists.</source>
        <translation>该转接记录已不存在。</translation>
    </message>
    <message>
        <source>Only a transfer out has a receipt.</source>
        <translation>只有组织关系转出才有回执。</translation>
    </message>
    <message>
        <source>Enter the date the receipt came back.</source>
        <translation>请填写收到回执的日期。</translation>
    </message>
    <message>
        <source>The receipt cannot come back before the transfer on %1.</source>
        <translation>收到回执的日期不能早于转出日期 %1。</translation>
    </message>
    <message>
        <source>Only Party members (full or probationary) transfer their membership.</source>
        <translation>只有党员（正式党员或预备党员）才能办理组织关系转接。</translation>
    </message>
    <message>
        <source>Choose a branch or Party group: members belong to one.</source>
        <translation>请选择党支部或党小组：党员须编入其中之一。</translation>
    </message>
    <message>
        <source>A member who joined the Party on %1 cannot transfer in earlier.</source>
        <translation>该党员于 %1 入党，转入日期不能早于入党日期。</translation>
    </message>
    <message>
        <source>Enter the organisation the member comes from.</source>
        <translation>请填写转出的党组织。</translation>
    </message>
    <message>
        <source>Choose the member who moves.</source>
        <translation>请选择调整支部的党员。</translation>
    </message>
    <message>
        <source>%1 left the roster on %2.</source>
        <translation>%1 已于 %2 离开花名册。</translation>
    </message>
    <message>
        <source>Choose the branch the member moves to.</source>
        <translation>请选择要转入的党支部。</translation>
    </message>
    <message>
        <source>%1 holds no members: choose a branch or Party group.</source>
        <translation>%1 不直接编入党员：请选择党支部或党小组。</translation>
    </message>
    <message>
        <source>%1 is already in this branch; a change of Party group is made in the member form.</source>
        <translation>%1 已在该党支部；调整党小组请在党员信息表中进行。</translation>
    </message>
    <message>
        <source>%1&apos;s record changed after the transfer on %2; it can no longer be taken back. Correct the member in the roster instead.</source>
        <translation>%2 转接之后，%1 的信息已有变动，无法再撤销这次转接。请改在花名册中更正该党员信息。</translation>
    </message>
    <message>
        <source>A transfer in is taken back by deleting %1, entered by mistake, in the roster.</source>
        <translation>误录的组织关系转入，请在花名册中删除 %1 来撤销。</translation>
    </message>
    <message>
        <source>transfer on %1 entered by mistake</source>
        <translation>%1 的组织关系转接系误录</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Record leaving of %1</source>
        <translation>登记“%1”离开</translation>
    </message>
    <message>
        <source>Reverse leaving of %1</source>
        <translation>撤销“%1”的离开登记</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>保存“%1”</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>You changed this form. Save the changes?</source>
        <translation>您修改了此表单。要保存修改吗？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The name is longer than 30 characters.</source>
        <translation>姓名超过30个字。</translation>
    </message>
    <message>
        <source>Choose the branch the member belongs to.</source>
        <translation>请选择所在党支部。</translation>
    </message>
    <message>
        <source>Enter the ID number: it is required for members registered here.</source>
        <translation>请填写身份证号：组织关系在本社区的党员必须填写。</translation>
    </message>
    <message>
        <source>The birth date does not agree with the ID number, which gives %1.</source>
        <translation>出生日期与身份证号不一致，按身份证号应为 %1。</translation>
    </message>
    <message>
        <source>The sex does not agree with the ID number, which gives %1.</source>
        <translation>性别与身份证号不一致，按身份证号应为“%1”。</translation>
    </message>
    <message>
        <source>Enter the birth date (it is filled in from a valid ID number).</source>
        <translation>请填写出生日期（输入有效身份证号后会自动填入）。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use 11 digits for a mobile (13800000000) or an area code and number for a landline (0731-88888888).</source>
        <translation>“%1”不是有效的电话号码：手机号为11位数字（如 13800000000），固定电话为区号加号码（如 0731-88888888）。</translation>
    </message>
    <message>
        <source>Enter the date of full membership.</source>
        <translation>请填写转正日期。</translation>
    </message>
    <message>
        <source>Enter the date of joining the Party.</source>
        <translation>请填写入党日期。</translation>
    </message>
    <message>
        <source>Enter the date the applicant became a candidate.</source>
        <translation>请填写确定为发展对象的日期。</translation>
    </message>
    <message>
        <source>Enter the date the applicant became an activist.</source>
        <translation>请填写确定为入党积极分子的日期。</translation>
    </message>
    <message>
        <source>Enter the date of application.</source>
        <translation>请填写递交入党申请书的日期。</translation>
    </message>
    <message>
        <source>In-service and floating members are Party members: choose probationary or full member.</source>
        <translation>在职党员和流动党员都是党员：请选择“预备党员”或“正式党员”。</translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>the application date</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>the activist date</source>
        <translation>确定为积极分子日期</translation>
    </message>
    <message>
        <source>the candidate date</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <source>the joining date</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>the full-membership date</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 晚于今天。</translation>
    </message>
    <message>
        <source>%1 must come after %2 (%3).</source>
        <translation>%1 应晚于%2（%3）。</translation>
    </message>
    <message>
        <source>A member must be 18 or older on joining; on %1 this member was %2.</source>
        <translation>入党时须年满18周岁；%1 时该同志只有 %2 岁。</translation>
    </message>
    <message>
        <source>The probation lasts one year: full membership can start on %1 at the earliest.</source>
        <translation>预备期为一年：转正日期最早为 %1。</translation>
    </message>
    <message>
        <source>An activist is observed for at least a year: candidate from %1 at the earliest.</source>
        <translation>入党积极分子须经一年以上培养考察：确定为发展对象最早为 %1。</translation>
    </message>
    <message>
        <source>The leaving date %1 is in the future.</source>
        <translation>离开日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Enter the work unit where the member is registered.</source>
        <translation>请填写组织关系所在的工作单位。</translation>
    </message>
    <message>
        <source>Enter the date the member reported to the community.</source>
        <translation>请填写到社区报到的日期。</translation>
    </message>
    <message>
        <source>Enter where the member lives or works now.</source>
        <translation>请填写流出后现居住或工作的地点。</translation>
    </message>
    <message>
        <source>Enter since when the member has been away.</source>
        <translation>请填写流出日期。</translation>
    </message>
    <message>
        <source>Enter the Party organisation where the member is registered.</source>
        <translation>请填写组织关系所在的党组织。</translation>
    </message>
    <message>
        <source>Enter since when the member has lived here.</source>
        <translation>请填写流入日期。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>请填写党组织名称。</translation>
    </message>
    <message>
        <source>Choose the organisation above this one.</source>
        <translation>请选择上级党组织。</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation>%1不能设在%2之下。</translation>
    </message>
    <message>
        <source>The founding date is in the future.</source>
        <translation>成立日期晚于今天。</translation>
    </message>
    <message>
        <source>The term must end after it starts (%1).</source>
        <translation>届满日期应晚于换届日期（%1）。</translation>
    </message>
    <message>
        <source>Enter the grid&apos;s code.</source>
        <translation>请填写网格编号。</translation>
    </message>
    <message>
        <source>Enter the grid&apos;s name.</source>
        <translation>请填写网格名称。</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>The unit cannot leave before it joined (%1).</source>
        <translation>退出日期不能早于加入日期（%1）。</translation>
    </message>
    <message>
        <source>Grid %1 belongs to %2, not to %3, the community of the member&apos;s branch.</source>
        <translation>网格 %1 属于%2，而该党员所在支部属于%3。</translation>
    </message>
    <message>
        <source>another community</source>
        <translation>其他社区</translation>
    </message>
    <message>
        <source>%1 sits on grid %2, not on the member&apos;s grid %3.</source>
        <translation>%1 所在网格为 %2，与该党员的网格 %3 不一致。</translation>
    </message>
</context>
<context>
    <name>WishReports</name>
    <message>
        <source>Micro-wishes: public list</source>
        <translation>微心愿公示清单</translation>
    </message>
    <message>
        <source>Micro-wishes</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心愿内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Fulfilled on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Wished on</source>
        <translation>许愿日期</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>认领日期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>WishService</name>
    <message>
        <source>The wish no longer exists.</source>
        <translation>该心愿已不存在。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation>请填写居民姓名。</translation>
    </message>
    <message>
        <source>Enter what the resident wishes for.</source>
        <translation>请填写居民的心愿内容。</translation>
    </message>
    <message>
        <source>Choose the branch that takes the wish on.</source>
        <translation>请选择承接该心愿的党支部。</translation>
    </message>
    <message>
        <source>The grid is not in the branch&apos;s community.</source>
        <translation>该网格不在该党支部所在的社区。</translation>
    </message>
    <message>
        <source>The estimated cost cannot be negative.</source>
        <translation>预计费用不能为负数。</translation>
    </message>
    <message>
        <source>Enter the day the resident made the wish.</source>
        <translation>请填写居民许愿的日期。</translation>
    </message>
    <message>
        <source>The wish was published on %1; it cannot be made later.</source>
        <translation>该心愿已于 %1 发布，许愿日期不能晚于该日。</translation>
    </message>
    <message>
        <source>Only a wish waiting to be published can be published.</source>
        <translation>只有待发布的心愿才能发布。</translation>
    </message>
    <message>
        <source>The wish was made on %1; it cannot be published earlier.</source>
        <translation>该心愿的许愿日期为 %1，发布日期不能早于该日。</translation>
    </message>
    <message>
        <source>A wish is claimed once its branch has published it.</source>
        <translation>心愿须由党支部发布后才能认领。</translation>
    </message>
    <message>
        <source>Choose the member who claims the wish.</source>
        <translation>请选择认领心愿的党员。</translation>
    </message>
    <message>
        <source>%1 is not a Party member on the roster.</source>
        <translation>%1 不是花名册中的党员。</translation>
    </message>
    <message>
        <source>%1 is not on the roster of the wish&apos;s community.</source>
        <translation>%1 不在该心愿所在社区的花名册中。</translation>
    </message>
    <message>
        <source>The wish was published on %1; it cannot be claimed earlier.</source>
        <translation>该心愿于 %1 发布，认领日期不能早于该日。</translation>
    </message>
    <message>
        <source>Choose a co-building unit of the wish&apos;s community.</source>
        <translation>请选择该心愿所在社区的共建单位。</translation>
    </message>
    <message>
        <source>%1 left the committee on %2.</source>
        <translation>%1 已于 %2 退出本社区大党委。</translation>
    </message>
    <message>
        <source>A wish is fulfilled once someone has claimed it.</source>
        <translation>心愿须有人认领后才能登记完成。</translation>
    </message>
    <message>
        <source>The wish was claimed on %1; it cannot be fulfilled earlier.</source>
        <translation>该心愿于 %1 被认领，完成日期不能早于该日。</translation>
    </message>
    <message>
        <source>Choose how satisfied the resident is.</source>
        <translation>请选择居民的满意程度。</translation>
    </message>
    <message>
        <source>A fulfilled or withdrawn wish cannot be withdrawn.</source>
        <translation>已完成或已撤回的心愿不能撤回。</translation>
    </message>
    <message>
        <source>The wish&apos;s last step was on %1; it cannot be withdrawn earlier.</source>
        <translation>该心愿最近一步办理日期为 %1，撤回日期不能早于该日。</translation>
    </message>
    <message>
        <source>Enter why the wish is withdrawn.</source>
        <translation>请填写撤回原因。</translation>
    </message>
    <message>
        <source>The wish is at its first stage.</source>
        <translation>该心愿已处于第一步，不能再退回。</translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation>照片文件为空。</translation>
    </message>
    <message>
        <source>The photo no longer exists.</source>
        <translation>该照片已不存在。</translation>
    </message>
</context>
<context>
    <name>Wishes</name>
    <message>
        <source>To publish</source>
        <translation>待发布</translation>
    </message>
    <message>
        <source>To claim</source>
        <translation>待认领</translation>
    </message>
    <message>
        <source>To fulfil</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Help for the elderly</source>
        <translation>助老帮扶</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Study help</source>
        <translation>助学</translation>
    </message>
    <message>
        <source>Daily necessities</source>
        <translation>生活用品</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Culture and leisure</source>
        <translation>文化休闲</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>The copy stopped at %1: %2. The target was left as it was.</source>
        <translation>复制在 %1 处中止：%2。目标数据库保持原样。</translation>
    </message>
    <message>
        <source>Only a workspace file can be copied this way.</source>
        <translation>只有工作区文件可以这样复制。</translation>
    </message>
    <message>
        <source>The two workspaces have different schema versions (%1 and %2); open the file with this PartyDesk first, so that it is upgraded.</source>
        <translation>两个工作区的结构版本不同（%1 和 %2）；请先用本程序打开该文件，使其升级。</translation>
    </message>
    <message>
        <source>The target already holds data (table %1); a workspace is copied only into an empty one.</source>
        <translation>目标数据库中已有数据（表 %1）；工作区只能复制到空数据库中。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>WriteGate</name>
    <message>
        <source>The workspace file is still being checked; try again in a moment.</source>
        <translation>正在检查工作区文件的完整性，请稍候再保存。</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: the sheet &quot;%2&quot; could not be added (no memory or temporary file).</source>
        <translation>无法写入“%1”：无法添加工作表“%2”（内存或临时文件不足）。</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>电脑内存不足。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The table has more rows or columns than Excel allows (1,048,576 rows, 16,384 columns). Export a part of it.</source>
        <translation>表格的行数或列数超出了 Excel 的上限（1,048,576 行、16,384 列）。请分部分导出。</translation>
    </message>
    <message>
        <source>A cell is longer than Excel allows (32,767 characters).</source>
        <translation>有单元格的内容超出了 Excel 的长度上限（32,767 个字符）。</translation>
    </message>
    <message>
        <source>The disk or its temporary folder may be full; free some space and try again.</source>
        <translation>磁盘或其临时文件夹可能已满；请腾出空间后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved. %2</source>
        <translation>“%1”未保存。%2</translation>
    </message>
    <message>
        <source>%1 (sheet &quot;%2&quot;, row %3)</source>
        <translation>%1（工作表“%2”，第 %3 行）</translation>
    </message>
</context>
<context>
    <name>YearPackage</name>
    <message>
        <source>The package&apos;s contents cannot be read.</source>
        <translation>无法读取数据包的内容。</translation>
    </message>
    <message>
        <source>%1 could not be written. %2</source>
        <translation>无法写入 %1。%2</translation>
    </message>
    <message>
        <source>%1 could not be written: the file written is incomplete.</source>
        <translation>无法写入 %1：写出的文件不完整。</translation>
    </message>
</context>
<context>
    <name>partydesk::ActionsDialog</name>
    <message>
        <source>Prescribed actions</source>
        <translation>规定动作</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Theme Party day each month on the</source>
        <translation>每月主题党日日期（日）</translation>
    </message>
    <message>
        <source>Double-click to rename; drag to reorder.</source>
        <translation>双击可改名，拖动可调整顺序。</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新的规定动作</translation>
    </message>
    <message>
        <source>Action %1 has no name.</source>
        <translation>第 %1 项规定动作没有名称。</translation>
    </message>
    <message>
        <source>Keep at least one action.</source>
        <translation>请至少保留一项规定动作。</translation>
    </message>
</context>
<context>
    <name>partydesk::AdvanceDialog</name>
    <message>
        <source>Move to the next stage</source>
        <translation>推进到下一阶段</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3. On which day did the branch decide?</source>
        <translation>将 %1 由%2转为%3。党支部是在哪一天作出决定的？</translation>
    </message>
    <message>
        <source>%1 is already a full member.</source>
        <translation>%1 已是正式党员。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Enter the date of the branch&apos;s decision.</source>
        <translation>请填写党支部作出决定的日期。</translation>
    </message>
    <message>
        <source>%1 cannot become %2 yet:</source>
        <translation>%1 暂不能转为%2：</translation>
    </message>
</context>
<context>
    <name>partydesk::AgendaModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Some of these are overdue.</source>
        <translation>其中有逾期事项。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an organisation lower in the tree to see fewer at a time.</source>
        <translation>在组织树中选择下级党组织，可缩小显示范围。</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Overdue. Click to open where it is done.</source>
        <translation>已逾期。点击打开办理页面。</translation>
    </message>
    <message>
        <source>Click to open where it is done.</source>
        <translation>点击打开办理页面。</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>partydesk::AppraisalGradeDelegate</name>
    <message>
        <source>Not rated</source>
        <translation>未评定</translation>
    </message>
</context>
<context>
    <name>partydesk::AppraisalPage</name>
    <message>
        <source>Democratic appraisal of members</source>
        <translation>民主评议党员</translation>
    </message>
    <message>
        <source>Result &amp;table</source>
        <translation>结果表(&amp;T)</translation>
    </message>
    <message>
        <source>Result table as PDF…</source>
        <translation>结果表导出为 PDF…</translation>
    </message>
    <message>
        <source>Result table to Excel…</source>
        <translation>结果表导出到 Excel…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Default share of Excellent…</source>
        <translation>默认优秀比例…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The share of those rated that may be Excellent at most, as a fraction: 1/3, 20/100.</source>
        <translation>参评党员中评为优秀的最高比例，用分数表示，如 1/3、20/100。</translation>
    </message>
    <message>
        <source>&amp;Finish the appraisal</source>
        <translation>完成评议(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>评议日期</translation>
    </message>
    <message>
        <source>Excellent at most</source>
        <translation>优秀比例上限</translation>
    </message>
    <message>
        <source>Choose a branch in the tree to hold its appraisal, or a committee to see its branches&apos; appraisals of the year.</source>
        <translation>在组织树中选择党支部以开展评议，或选择上级党组织查看所属各支部本年度的评议情况。</translation>
    </message>
    <message>
        <source>%1 · appraisal of %2</source>
        <translation>%1 · %2年度民主评议党员</translation>
    </message>
    <message>
        <source>&amp;Save day and share</source>
        <translation>保存日期和比例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open the appraisal</source>
        <translation>开始评议(&amp;O)</translation>
    </message>
    <message>
        <source>Not opened yet.</source>
        <translation>尚未开始评议。</translation>
    </message>
    <message>
        <source>Finished on %1: the results are in the members&apos; histories.</source>
        <translation>已于 %1 完成：评议结果已记入党员历史记录。</translation>
    </message>
    <message>
        <source>Open: grade each member, then finish.</source>
        <translation>评议进行中：请为每名党员评定等次，然后完成评议。</translation>
    </message>
    <message>
        <source>Excellent %1/%2, at most %3 = %4</source>
        <translation>优秀 %1/%2，上限 %3 = %4 人</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>; %n not rated</source>
        <translation>
            <numerusform>；%n 人未评定</numerusform>
        </translation>
    </message>
    <message>
        <source>More members are Excellent than the share allows: the appraisal cannot be finished like this.</source>
        <translation>评为优秀的人数超过比例上限：无法按现状完成评议。</translation>
    </message>
    <message>
        <source>%1 · appraisals of %2: %3 of %4 branches finished</source>
        <translation>%1 · %2年度民主评议党员：%4 个支部中已完成 %3 个</translation>
    </message>
    <message>
        <source>Give the day the appraisal is held, such as %1.</source>
        <translation>请填写评议日期，如 %1。</translation>
    </message>
    <message>
        <source>The share of Excellent is a fraction from 0 to 1, such as 1/3 or 20/100.</source>
        <translation>优秀比例应为0到1之间的分数，如 1/3 或 20/100。</translation>
    </message>
    <message>
        <source>Reopen the appraisal</source>
        <translation>重新打开评议</translation>
    </message>
    <message>
        <source>The results are final and in the members&apos; histories. Why must they change? The reason is recorded.</source>
        <translation>评议结果已确定并记入党员历史记录。为什么需要修改？理由将记录在案。</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>How is %1 handled? (education, a deadline to improve, persuading to leave …) It is recorded in the member&apos;s history.</source>
        <translation>对 %1 如何处置？（教育帮助、限期改正、劝其退党……）处置情况将记入该党员的历史记录。</translation>
    </message>
    <message>
        <source>Unqualified needs a handling note: the grade was not changed.</source>
        <translation>评为不合格须填写处置情况：等次未作修改。</translation>
    </message>
    <message>
        <source>Default share of Excellent</source>
        <translation>默认优秀比例</translation>
    </message>
    <message>
        <source>New appraisals allow at most this share of those rated to be Excellent (a fraction, e.g. 1/3):</source>
        <translation>新开始的评议中，评为优秀的人数占参评人数的最高比例（用分数表示，如 1/3）：</translation>
    </message>
    <message>
        <source>No appraisal of %1 to print here yet.</source>
        <translation>此处还没有可打印的%1年度评议。</translation>
    </message>
    <message>
        <source>Appraisal results %1</source>
        <translation>民主评议结果 %1</translation>
    </message>
</context>
<context>
    <name>partydesk::AppraisalResultsModel</name>
    <message>
        <source>Not rated yet: every member needs a grade before the appraisal is finished.</source>
        <translation>尚未评定：完成评议前须为每名党员评定等次。</translation>
    </message>
    <message>
        <source>Mutual:
%1</source>
        <translation>互评：
%1</translation>
    </message>
    <message>
        <source>Masses:
%1</source>
        <translation>群众评议：
%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Self appraisal</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Votes are whole numbers: %1 is not one.</source>
        <translation>票数应为整数：“%1”不是整数。</translation>
    </message>
</context>
<context>
    <name>partydesk::AppraisalSummaryModel</name>
    <message>
        <source>Not opened</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message numerus="yes">
        <source>Open, %n not rated</source>
        <translation>
            <numerusform>进行中，%n 人未评定</numerusform>
        </translation>
    </message>
    <message>
        <source>The appraisal is not finished: its results are not yet in the members&apos; histories.</source>
        <translation>评议尚未完成：结果尚未记入党员历史记录。</translation>
    </message>
    <message>
        <source>The branch has not held its appraisal of this year.</source>
        <translation>该支部本年度尚未开展评议。</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>参评人数</translation>
    </message>
    <message>
        <source>Finished?</source>
        <translation>完成情况</translation>
    </message>
</context>
<context>
    <name>partydesk::AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Reason for leave, or where taken part</source>
        <translation>请假事由，或参加组织生活的地点</translation>
    </message>
</context>
<context>
    <name>partydesk::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>(no sign-in)</source>
        <translation>（未启用登录）</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>校验日志链</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, exported %1</source>
        <translation>
            <numerusform>共 %n 条，导出时间 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Audit trail %1.xlsx</source>
        <translation>审计日志 %1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>The audit trail shown is exported.</source>
        <translation>已导出当前显示的审计日志。</translation>
    </message>
</context>
<context>
    <name>partydesk::AuditTrailModel</name>
    <message>
        <source>(no sign-in)</source>
        <translation>（未启用登录）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>partydesk::BackupDialog</name>
    <message>
        <source>Encrypted backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <source>The backup can only be opened with this password. Keep it safe: without it the backup is lost.</source>
        <translation>只有用此密码才能打开该备份。请妥善保管：忘记密码，备份就无法使用。</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>密码至少 8 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Backups and Restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Choose backup folder…</source>
        <translation>选择备份文件夹…</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>days,</source>
        <translation>天、</translation>
    </message>
    <message>
        <source>weeks and</source>
        <translation>周和</translation>
    </message>
    <message>
        <source>months, and every backup of the last 24 hours.</source>
        <translation>个月中每天、每周、每月最新的一份备份，以及最近 24 小时内的全部备份。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Encrypted backup…</source>
        <translation>加密备份…</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>备份文件夹：%1</translation>
    </message>
    <message>
        <source>The last good backup is more than a week old (or there is none): back up now.</source>
        <translation>最近一次成功的备份已超过一周（或还没有备份）：请立即备份。</translation>
    </message>
    <message>
        <source>The backup settings could not be saved: %1</source>
        <translation>无法保存备份设置：%1</translation>
    </message>
    <message>
        <source>Choose backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written; choose another folder.</source>
        <translation>无法写入“%1”，请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>正在备份并检查副本…</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>已取消，未写入任何备份。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2)</source>
        <translation>备份已写入并通过校验：%1（%2）</translation>
    </message>
    <message>
        <source>Encrypted PartyDesk backups (*.pdenc)</source>
        <translation>社区党建工作台加密备份 (*.pdenc)</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>正在写入加密备份…</translation>
    </message>
    <message>
        <source>Encrypted backup written: %1</source>
        <translation>加密备份已写入：%1</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>PartyDesk backups (*.sqlite *.pdenc);;All files (*)</source>
        <translation>社区党建工作台备份 (*.sqlite *.pdenc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup of %1? Everything saved since then is replaced. The workspace as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>要用 %1 的备份替换工作区吗？此后保存的所有内容都将被替换。恢复前会先备份当前的工作区，因此可以通过恢复那份备份来撤回此次操作。</translation>
    </message>
    <message>
        <source>Password of the encrypted backup:</source>
        <translation>加密备份的密码：</translation>
    </message>
    <message>
        <source>Checking the backup and restoring…</source>
        <translation>正在检查备份并恢复…</translation>
    </message>
    <message>
        <source>Cancelled; the workspace was not changed.</source>
        <translation>已取消，工作区未作任何改动。</translation>
    </message>
    <message>
        <source>Restored: %1 members on the roster. The workspace as it was is backed up as %2.</source>
        <translation>已恢复：花名册中有 %1 名党员。恢复前的工作区已备份为 %2。</translation>
    </message>
    <message>
        <source>The encrypted backup is written. Keep it apart from this computer, and its password apart from it.</source>
        <translation>加密备份已写好。请把它存放在这台电脑以外的地方，并把密码与备份分开保管。</translation>
    </message>
</context>
<context>
    <name>partydesk::BackupTableModel</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>partydesk::ChartView</name>
    <message>
        <source>Save as image…</source>
        <translation>保存为图片…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Save or copy this chart as an image</source>
        <translation>把这张图表保存为图片或复制</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>把图表保存为图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>图片未保存</translation>
    </message>
</context>
<context>
    <name>partydesk::ClaimDialog</name>
    <message>
        <source>Report in / claim a post: %1</source>
        <translation>报到/认领服务岗位：%1</translation>
    </message>
    <message>
        <source>Service post</source>
        <translation>服务岗位</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>认领日期</translation>
    </message>
    <message>
        <source>Reported to the community on</source>
        <translation>到社区报到日期</translation>
    </message>
</context>
<context>
    <name>partydesk::CoBuildingListsPage</name>
    <message>
        <source>On offer</source>
        <translation>可提供</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>New &amp;need…</source>
        <translation>新增需求(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;resource…</source>
        <translation>新增资源(&amp;R)…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>新增项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Print or e&amp;xport</source>
        <translation>打印或导出(&amp;X)</translation>
    </message>
    <message>
        <source>The three lists to Excel…</source>
        <translation>三张清单导出到 Excel…</translation>
    </message>
    <message>
        <source>co-building lists.xlsx</source>
        <translation>共建三张清单.xlsx</translation>
    </message>
    <message>
        <source>The three lists as PDF…</source>
        <translation>三张清单导出为 PDF…</translation>
    </message>
    <message>
        <source>co-building lists.pdf</source>
        <translation>共建三张清单.pdf</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Choose a community in the organisation tree to add to its lists.</source>
        <translation>请在组织树中选择一个社区，再向其清单中添加内容。</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>提供日期</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用项目</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>参与单位</translation>
    </message>
    <message>
        <source>Overdue: due on %1 and not done</source>
        <translation>已逾期：应于 %1 完成，尚未完成</translation>
    </message>
</context>
<context>
    <name>partydesk::CoBuildingUnitForm</name>
    <message>
        <source>Edit co-building unit: %1</source>
        <translation>编辑共建单位：%1</translation>
    </message>
    <message>
        <source>Add co-building unit</source>
        <translation>新增共建单位</translation>
    </message>
    <message>
        <source>e.g. government office, state firm, non-public firm</source>
        <translation>如：机关事业单位、国有企业、非公企业</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位名称(&amp;U)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>partydesk::CoGovernancePage</name>
    <message>
        <source>In-service members</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <source>Micro-wishes</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>Needs, resources, projects</source>
        <translation>三张清单</translation>
    </message>
    <message>
        <source>Joint meetings</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Co-building units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Service fund</source>
        <translation>服务群众专项经费</translation>
    </message>
</context>
<context>
    <name>partydesk::ComplianceModel</name>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1, missing %2</source>
        <translation>%1，缺 %2</translation>
    </message>
    <message>
        <source>%1 of %2 required periods covered; %3 meetings held</source>
        <translation>应开 %2 期，已开 %1 期；共召开 %3 次</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1% (%2/%3)</source>
        <translation>%1%（%2/%3）</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出席率</translation>
    </message>
</context>
<context>
    <name>partydesk::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2020-05-01</translation>
    </message>
</context>
<context>
    <name>partydesk::DecisionFollowUpDialog</name>
    <message>
        <source>Follow up a decision</source>
        <translation>议定事项督办</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>办理状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>落实情况(&amp;F)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
</context>
<context>
    <name>partydesk::DevelopmentDetail</name>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source> class hours</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>Talked with the applicant on</source>
        <translation>谈话日期</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>培养联系人</translation>
    </message>
    <message>
        <source>Political review finished on</source>
        <translation>政审完成日期</translation>
    </message>
    <message>
        <source>Training finished on</source>
        <translation>培训结业日期</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>入党介绍人</translation>
    </message>
    <message>
        <source>Approved by the committee above on</source>
        <translation>上级党组织审批日期</translation>
    </message>
    <message>
        <source>Oath taken on</source>
        <translation>入党宣誓日期</translation>
    </message>
    <message>
        <source>Probation extended to</source>
        <translation>预备期延长至</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation>请在列表中选择人员。</translation>
    </message>
    <message>
        <source>%1 — %2 since %3</source>
        <translation>%1 — %3 起为%2</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>时间未到</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起已逾期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
</context>
<context>
    <name>partydesk::DevelopmentPage</name>
    <message>
        <source>Developing new members</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>发展计划(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint / export</source>
        <translation>打印/导出(&amp;R)</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>To Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Move to the &amp;next stage…</source>
        <translation>推进到下一阶段(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>发展进程</translation>
    </message>
    <message>
        <source>Probation ending</source>
        <translation>预备期届满</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the pipeline, </source>
        <translation>
            <numerusform>发展进程中共 %n 人，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an item overdue</source>
        <translation>
            <numerusform>其中 %n 人有逾期事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an organisation to see its development plan.</source>
        <translation>选择党组织后可查看其发展党员计划。</translation>
    </message>
    <message>
        <source>%1: no plan; admitted %2, of them %3 under 35 and %4 women.</source>
        <translation>%1年：未制定发展计划；已发展 %2 名，其中35岁以下 %3 名、女性 %4 名。</translation>
    </message>
    <message>
        <source>Plan %1: %2 to develop, %3 admitted; under 35: %4 (planned %5); women: %6 (planned %7).</source>
        <translation>%1年计划发展 %2 名，已发展 %3 名；35岁以下 %4 名（计划 %5 名）；女性 %6 名（计划 %7 名）。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>Development %1 %2</source>
        <translation>发展党员 %1 %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>partydesk::DevelopmentPlanDialog</name>
    <message>
        <source>Development plan %1</source>
        <translation>%1年发展党员计划</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>People to develop</source>
        <translation>计划发展人数</translation>
    </message>
    <message>
        <source>Of them under 35</source>
        <translation>其中35岁以下</translation>
    </message>
    <message>
        <source>Of them women</source>
        <translation>其中女性</translation>
    </message>
</context>
<context>
    <name>partydesk::DuesBaseDialog</name>
    <message>
        <source>Dues base of %1</source>
        <translation>%1 的党费计算基数</translation>
    </message>
    <message>
        <source>From month (YYYY-MM)</source>
        <translation>起始月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>交纳类别</translation>
    </message>
    <message>
        <source>Monthly income after tax, pension or farmer&apos;s sum (yuan)</source>
        <translation>月税后收入、养老金或农民党员交纳金额（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Save base</source>
        <translation>保存计算基数(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove the selected base</source>
        <translation>删除所选计算基数(&amp;R)</translation>
    </message>
    <message>
        <source>Bases recorded (each applies from its month until the next)</source>
        <translation>已登记的计算基数（每条自其起始月份起执行，至下一条为止）</translation>
    </message>
    <message>
        <source>from %1: %2, %3 yuan</source>
        <translation>%1 起：%2，%3 元</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>%1 起：%2</translation>
    </message>
    <message>
        <source>Enter the month as YYYY-MM, e.g. 2026-01.</source>
        <translation>请按 YYYY-MM 格式填写月份，如 2026-01。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, e.g. 4500 or 4500.50.</source>
        <translation>请填写金额（元），如 4500 或 4500.50。</translation>
    </message>
</context>
<context>
    <name>partydesk::DuesLedgerModel</name>
    <message>
        <source>Paid %1 yuan on %2</source>
        <translation>%2 交纳 %1 元</translation>
    </message>
    <message>
        <source>, receipt %1</source>
        <translation>，收据编号 %1</translation>
    </message>
    <message>
        <source>; the dues are %1 yuan: %2 yuan short</source>
        <translation>；应交 %1 元，少交 %2 元</translation>
    </message>
    <message>
        <source>Not paid: %1 yuan owed</source>
        <translation>未交：应交 %1 元</translation>
    </message>
    <message>
        <source>Dues of the month: %1 yuan</source>
        <translation>本月应交 %1 元</translation>
    </message>
    <message>
        <source>No dues owed here this month</source>
        <translation>本月在本社区无须交纳党费</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) of dues unpaid: more than six months behind</source>
        <translation>
            <numerusform>%n 个月党费未交：欠交已超过六个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) of dues unpaid</source>
        <translation>
            <numerusform>%n 个月党费未交</numerusform>
        </translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>应交</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实交</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠交</translation>
    </message>
    <message>
        <source>Months unpaid</source>
        <translation>欠交月数</translation>
    </message>
</context>
<context>
    <name>partydesk::DuesPage</name>
    <message>
        <source>Party dues</source>
        <translation>党费</translation>
    </message>
    <message>
        <source>Only members in &amp;arrears</source>
        <translation>只看欠交党员(&amp;A)</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记交纳(&amp;P)…</translation>
    </message>
    <message>
        <source>Dues &amp;base…</source>
        <translation>计算基数(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Rate tables…</source>
        <translation>交纳标准(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Collection sheet…</source>
        <translation>收缴登记表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export year to Excel…</source>
        <translation>全年导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>应交</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实交</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>欠交</translation>
    </message>
    <message>
        <source>%1: dues %2 yuan, paid %3 yuan, outstanding %4 yuan; %5 of %6 members in arrears, %7 more than six months behind.</source>
        <translation>%1：应交 %2 元，实交 %3 元，欠交 %4 元；%6 名党员中有 %5 名欠交，其中 %7 名欠交超过六个月。</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登记交纳</translation>
    </message>
    <message>
        <source>Select a member in the ledger first.</source>
        <translation>请先在台账中选择一名党员。</translation>
    </message>
    <message>
        <source>Dues base</source>
        <translation>计算基数</translation>
    </message>
    <message>
        <source>Party dues %1 %2</source>
        <translation>党费 %1 %2</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>partydesk::DuesPaymentDialog</name>
    <message>
        <source>Record dues paid by %1</source>
        <translation>登记 %1 交纳的党费</translation>
    </message>
    <message>
        <source>%1: %2 yuan</source>
        <translation>%1：%2 元</translation>
    </message>
    <message>
        <source>Months paid for</source>
        <translation>所交月份</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>交纳日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>交纳方式</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据编号</translation>
    </message>
    <message>
        <source>each month&apos;s dues</source>
        <translation>按各月应交金额</translation>
    </message>
    <message>
        <source>Tick the months paid for.</source>
        <translation>请勾选所交党费的月份。</translation>
    </message>
    <message>
        <source>The day of payment is not a date.</source>
        <translation>交纳日期不是有效日期。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, e.g. 12.50.</source>
        <translation>请填写金额（元），如 12.50。</translation>
    </message>
</context>
<context>
    <name>partydesk::DuesRatesDialog</name>
    <message>
        <source>Dues rate tables</source>
        <translation>党费交纳标准</translation>
    </message>
    <message>
        <source>From month (YYYY-MM)</source>
        <translation>起始月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>In work: up to yuan: percent; …</source>
        <translation>在职（上限元数: 比例%; …）</translation>
    </message>
    <message>
        <source>Retired: up to yuan: percent; …</source>
        <translation>离退休（上限元数: 比例%; …）</translation>
    </message>
    <message>
        <source>Fixed minimum (yuan a month)</source>
        <translation>固定标准（元/月）</translation>
    </message>
    <message>
        <source>Farmers from (yuan)</source>
        <translation>农民党员下限（元）</translation>
    </message>
    <message>
        <source>Farmers to (yuan)</source>
        <translation>农民党员上限（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Add the table</source>
        <translation>添加该标准(&amp;A)</translation>
    </message>
    <message>
        <source>A table applies from its month until the next one; the months before it keep their dues.</source>
        <translation>每个标准自其起始月份起执行，至下一个标准为止；此前各月的应交党费保持不变。</translation>
    </message>
    <message>
        <source>the national table</source>
        <translation>全国统一标准</translation>
    </message>
    <message>
        <source>always</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>From %1 (%2): in work %3 | retired %4 | fixed %5 | farmers %6–%7 yuan</source>
        <translation>起始月份 %1（%2）：在职 %3 | 离退休 %4 | 固定 %5 | 农民 %6–%7 元</translation>
    </message>
    <message>
        <source>Enter the month as YYYY-MM, e.g. 2027-01.</source>
        <translation>请按 YYYY-MM 格式填写月份，如 2027-01。</translation>
    </message>
    <message>
        <source>Write the brackets as &quot;up to yuan: percent&quot; separated by semicolons, the last without a bound, e.g. 3000: 0.5; 5000: 1; : 2.</source>
        <translation>请按“上限元数: 比例%”的格式填写各档，各档之间用分号隔开，最后一档不填上限，如 3000: 0.5; 5000: 1; : 2。</translation>
    </message>
    <message>
        <source>Enter the sums in yuan, e.g. 0.20.</source>
        <translation>请填写金额（元），如 0.20。</translation>
    </message>
</context>
<context>
    <name>partydesk::EvidenceSourceDelegate</name>
    <message>
        <source>(typed by hand)</source>
        <translation>（手工填写）</translation>
    </message>
</context>
<context>
    <name>partydesk::FirstUserDialog</name>
    <message>
        <source>Protect the new workspace</source>
        <translation>保护新工作区</translation>
    </message>
    <message>
        <source>This workspace will hold personal information of Party members. Create the account of the secretary / administrator: from now on everyone signs in, and each user may do what their role allows (secretary / administrator, Party affairs officer, viewer). Every action is recorded in the audit trail with the user&apos;s name.</source>
        <translation>此工作区将保存党员的个人信息。请创建书记/管理员账户：此后每个人都要登录，每个用户只能进行其角色允许的操作（书记/管理员、党务干事、查看）。每项操作都会连同用户名记入审计日志。</translation>
    </message>
    <message>
        <source>Name of the secretary / administrator</source>
        <translation>书记/管理员姓名</translation>
    </message>
    <message>
        <source>Password (at least %1 characters)</source>
        <translation>密码（至少 %1 个字符）</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create the account and sign in</source>
        <translation>创建账户并登录</translation>
    </message>
    <message>
        <source>Work without sign-in…</source>
        <translation>不启用登录…</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Work without sign-in</source>
        <translation>不启用登录</translation>
    </message>
    <message>
        <source>Without sign-in, anyone who can open this computer&apos;s account can read and change every member&apos;s personal information, and the audit trail cannot tell who did what. A secretary / administrator can turn sign-in on later under Security → Users and sign-in.

Work without sign-in?</source>
        <translation>不启用登录时，任何能使用这台电脑当前账户的人都能查看和修改所有党员的个人信息，审计日志也无法区分是谁做了什么。书记/管理员以后可以在“安全 → 用户与登录”中开启登录。

确定不启用登录吗？</translation>
    </message>
</context>
<context>
    <name>partydesk::FundEvaluationDialog</name>
    <message>
        <source>Evaluation of the service fund, %1</source>
        <translation>%1年度服务群众专项经费绩效考评</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>考评日期</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>考评单位</translation>
    </message>
    <message>
        <source>Self-assessed score</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <source>Review score</source>
        <translation>考评得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>考评等次</translation>
    </message>
    <message>
        <source>Residents surveyed</source>
        <translation>调查居民人数</translation>
    </message>
    <message>
        <source>Residents satisfied</source>
        <translation>满意居民人数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Type a score such as 92 or 92.5.</source>
        <translation>请输入分数，如 92 或 92.5。</translation>
    </message>
    <message>
        <source>Type the numbers of residents as whole numbers.</source>
        <translation>居民人数请填写整数。</translation>
    </message>
</context>
<context>
    <name>partydesk::FundPage</name>
    <message>
        <source>Set budget</source>
        <translation>设置预算</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新增项目…</translation>
    </message>
    <message>
        <source>Edit project…</source>
        <translation>编辑项目…</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Evaluation…</source>
        <translation>绩效考评…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印报表…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Add spending…</source>
        <translation>新增支出…</translation>
    </message>
    <message>
        <source>Edit spending…</source>
        <translation>编辑支出…</translation>
    </message>
    <message>
        <source>Delete spending</source>
        <translation>删除支出</translation>
    </message>
    <message>
        <source>View receipt scan</source>
        <translation>查看票据扫描件</translation>
    </message>
    <message>
        <source>Spending of the selected project</source>
        <translation>所选项目的支出明细</translation>
    </message>
    <message>
        <source>Choose a community in the tree to work on its fund.</source>
        <translation>请在组织树中选择一个社区，再管理其专项经费。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>All communities: budget %1, approved %2, spent %3, balance %4 yuan; execution rate %5.</source>
        <translation>全部社区：预算 %1 元，已批准 %2 元，已支出 %3 元，结余 %4 元；执行率 %5。</translation>
    </message>
    <message>
        <source>No budget set for %1. </source>
        <translation>%1年度尚未设置预算。</translation>
    </message>
    <message>
        <source>Budget %1 · approved %2 · spent %3 · balance %4 · uncommitted %5 yuan · execution rate %6</source>
        <translation>预算 %1 元 · 已批准 %2 元 · 已支出 %3 元 · 结余 %4 元 · 待安排 %5 元 · 执行率 %6</translation>
    </message>
    <message>
        <source>Type the budget in yuan, e.g. 500000.</source>
        <translation>请填写预算金额（元），如 500000。</translation>
    </message>
    <message>
        <source>Delete the selected project?</source>
        <translation>删除所选项目吗？</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
    <message>
        <source>Delete the selected spending record?</source>
        <translation>删除所选支出记录吗？</translation>
    </message>
    <message>
        <source>No receipt scan is kept for the selected spending.</source>
        <translation>所选支出没有保存票据扫描件。</translation>
    </message>
    <message>
        <source>Receipt scan</source>
        <translation>票据扫描件</translation>
    </message>
    <message>
        <source>Service fund report %1</source>
        <translation>%1年度服务群众专项经费使用情况报告</translation>
    </message>
    <message>
        <source>Service fund %1 %2</source>
        <translation>服务群众专项经费 %1 %2</translation>
    </message>
</context>
<context>
    <name>partydesk::FundProjectDialog</name>
    <message>
        <source>Fund project</source>
        <translation>专项经费项目</translation>
    </message>
    <message>
        <source>New fund project</source>
        <translation>新增专项经费项目</translation>
    </message>
    <message>
        <source>Community Party committee meeting</source>
        <translation>社区党委会议</translation>
    </message>
    <message>
        <source>Residents&apos; council</source>
        <translation>居民议事会</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Approved by (meeting)</source>
        <translation>审批会议</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>会议决定</translation>
    </message>
    <message>
        <source>Approved amount (yuan)</source>
        <translation>批准金额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益人数</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Type the amount in yuan, e.g. 12000 or 12000.50.</source>
        <translation>请填写金额（元），如 12000 或 12000.50。</translation>
    </message>
    <message>
        <source>Type the number of beneficiaries as a whole number.</source>
        <translation>受益人数请填写整数。</translation>
    </message>
</context>
<context>
    <name>partydesk::FundProjectsModel</name>
    <message>
        <source>Spent %1 yuan of %2 yuan approved</source>
        <translation>已批准 %2 元，已支出 %1 元</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>partydesk::FundSpendingDialog</name>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>New spending</source>
        <translation>新增支出</translation>
    </message>
    <message>
        <source>Receipt scan…</source>
        <translation>票据扫描件…</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>移除扫描件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>票据号</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Receipt scan</source>
        <translation>票据扫描件</translation>
    </message>
    <message>
        <source>No scan</source>
        <translation>无扫描件</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image.</source>
        <translation>“%1”不是图片文件。</translation>
    </message>
    <message>
        <source>Type the amount in yuan, e.g. 120 or 120.50.</source>
        <translation>请填写金额（元），如 120 或 120.50。</translation>
    </message>
</context>
<context>
    <name>partydesk::FundSpendingModel</name>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>票据号</translation>
    </message>
    <message>
        <source>Receipt scan</source>
        <translation>票据扫描件</translation>
    </message>
</context>
<context>
    <name>partydesk::GridForm</name>
    <message>
        <source>Edit grid: %1</source>
        <translation>编辑网格：%1</translation>
    </message>
    <message>
        <source>Add grid</source>
        <translation>新增网格</translation>
    </message>
    <message>
        <source>e.g. buildings 1-6</source>
        <translation>如：1-6栋</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>网格编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Street head</source>
        <translation>街长</translation>
    </message>
    <message>
        <source>Lane head</source>
        <translation>巷长</translation>
    </message>
    <message>
        <source>Building head</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>单元长</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>partydesk::HelpWindow</name>
    <message>
        <source>PartyDesk manual</source>
        <translation>社区党建工作台使用手册</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Find in this page (Ctrl+F)</source>
        <translation>在本页中查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this page</source>
        <translation>本页中没有“%1”</translation>
    </message>
</context>
<context>
    <name>partydesk::HomeFactsPanel</name>
    <message>
        <source>At a glance</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>%1 Party members (%2 full, %3 probationary)</source>
        <translation>党员 %1 名（正式党员 %2 名、预备党员 %3 名）</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>在册党员</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <source>Floating out</source>
        <translation>流出党员</translation>
    </message>
    <message>
        <source>Floating in</source>
        <translation>流入党员</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 名</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>On the way in: %1 applicants, %2 activists, %3 candidates</source>
        <translation>培养发展中：入党申请人 %1 名、入党积极分子 %2 名、发展对象 %3 名</translation>
    </message>
    <message>
        <source>Attendance this year: %1 % (%2 present of %3 expected)</source>
        <translation>本年出席率：%1%（应到 %3 人次，实到 %2 人次）</translation>
    </message>
    <message>
        <source>Attendance this year: no meetings recorded yet</source>
        <translation>本年出席率：尚无会议记录</translation>
    </message>
    <message numerus="yes">
        <source>%n-star</source>
        <translation>
            <numerusform>%n星</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Star rating %1: %2</source>
        <translation>%1年度评星定级：%2</translation>
    </message>
    <message>
        <source>Star rating %1 (not final): %2</source>
        <translation>%1年度评星定级（尚未完成）：%2</translation>
    </message>
    <message>
        <source>Star rating: no year rated yet</source>
        <translation>评星定级：尚无评定年度</translation>
    </message>
    <message>
        <source>Party members by category</source>
        <translation>各类党员人数</translation>
    </message>
    <message>
        <source>Branches by star level, %1</source>
        <translation>%1年度各星级支部数</translation>
    </message>
    <message>
        <source>Branches by star level</source>
        <translation>各星级支部数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Service fund</source>
        <translation>服务群众专项经费</translation>
    </message>
    <message>
        <source>Service fund %1: budget %2 yuan, spent %3 (%4), balance %5</source>
        <translation>%1年度服务群众专项经费：预算 %2 元，已支出 %3 元（%4），结余 %5 元</translation>
    </message>
    <message>
        <source>Service fund %1: no budget recorded</source>
        <translation>%1年度服务群众专项经费：尚未登记预算</translation>
    </message>
    <message>
        <source>No service fund budget recorded for %1</source>
        <translation>%1年度尚未登记服务群众专项经费预算</translation>
    </message>
    <message>
        <source>Fund left at each month&apos;s end (10,000 yuan)</source>
        <translation>各月末经费结余（万元）</translation>
    </message>
</context>
<context>
    <name>partydesk::HomePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing is due. Everything recorded is up to date.</source>
        <translation>没有待办事项，各项记录均已及时更新。</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of work to do, %1 with something overdue (in red). Click a line to open the place where it is done.</source>
        <translation>
            <numerusform>共有 %n 类待办工作，其中 %1 类有逾期事项（红色显示）。点击某一行可打开相应的办理页面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>正在读取待办事项…</translation>
    </message>
</context>
<context>
    <name>partydesk::ImportFileStep</name>
    <message>
        <source>Choose the roster to import: an Excel workbook (.xlsx, .xls) or a CSV file. Title rows above the header, blank rows and total rows are skipped. Nothing is saved until you have seen the preview and clicked Import.</source>
        <translation>请选择要导入的花名册：Excel 工作簿（.xlsx、.xls）或 CSV 文件。表头上方的标题行、空行和合计行将自动跳过。查看预览并点击“导入”之前，不会保存任何内容。</translation>
    </message>
    <message>
        <source>The roster file</source>
        <translation>花名册文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>No roster in a spreadsheet yet? Save the import template, fill it in with Excel or WPS, save it as .xlsx and import it here.</source>
        <translation>还没有电子表格形式的花名册？请先保存导入模板，用 Excel 或 WPS 填写后另存为 .xlsx，再在这里导入。</translation>
    </message>
    <message>
        <source>Save the import template…</source>
        <translation>保存导入模板…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Ready to read sheet &quot;%1&quot;.</source>
        <translation>准备读取工作表“%1”。</translation>
    </message>
    <message>
        <source>The workbook has %1 sheets; choose one in the next step.</source>
        <translation>该工作簿有 %1 个工作表，请在下一步中选择。</translation>
    </message>
    <message>
        <source>Choose the roster to import</source>
        <translation>选择要导入的花名册</translation>
    </message>
    <message>
        <source>Excel / CSV (*.xlsx *.xls *.csv)</source>
        <translation>Excel / CSV 文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Roster import template.xlsx</source>
        <translation>花名册导入模板.xlsx</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>The template is saved: fill in one member per row, then import it.</source>
        <translation>模板已保存：每行填写一名党员，填好后再导入。</translation>
    </message>
</context>
<context>
    <name>partydesk::ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Every roster import, newest first. An import can be undone while its members have not been changed since: members it added are removed, members it updated get their earlier values back.</source>
        <translation>全部花名册导入记录，最新的排在最前。导入后其中的党员未被修改过的，可以撤销该次导入：新增的党员将被删除，更新过的党员将恢复原来的信息。</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>撤销此次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No roster has been imported into this workspace yet.</source>
        <translation>本工作区还没有导入过花名册。</translation>
    </message>
    <message>
        <source>Undo import No. %1 (%2, %3)? The %4 member(s) it added are removed from the roster and the %5 it updated get their earlier values back.</source>
        <translation>撤销导入记录 %1（%2，%3）吗？该次导入新增的 %4 名党员将从花名册中删除，更新过的 %5 名党员将恢复原来的信息。</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Import No. %1 was undone.</source>
        <translation>导入记录 %1 已撤销。</translation>
    </message>
</context>
<context>
    <name>partydesk::ImportHistoryModel</name>
    <message>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>partydesk::ImportMappingModel</name>
    <message>
        <source>This column is not read. Choose what it holds, or &quot;%1&quot; to leave it out.</source>
        <translation>此列不会读取。请选择它对应的内容，或选择“%1”不导入此列。</translation>
    </message>
    <message>
        <source>Chosen by hand; remembered for the next import.</source>
        <translation>手工选择；下次导入时沿用。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <source>Examples from the file</source>
        <translation>文件中的示例</translation>
    </message>
</context>
<context>
    <name>partydesk::ImportMappingStep</name>
    <message>
        <source>The header is on row %1 of sheet &quot;%2&quot;.</source>
        <translation>表头位于工作表“%2”的第 %1 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) were not recognised (highlighted) and are not read: choose what each holds, or leave it out. Your choices are remembered for the next import.</source>
        <translation>
            <numerusform>有 %n 列未能识别（已突出显示），不会读取：请为每一列选择对应的内容，或不导入该列。您的选择将在下次导入时沿用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every column was recognised. Check what each is read as, and change any that is wrong.</source>
        <translation>所有列都已识别。请核对每一列的对应关系，如有错误请修改。</translation>
    </message>
</context>
<context>
    <name>partydesk::ImportOptionsStep</name>
    <message>
        <source>Members already on the roster (the same ID number)</source>
        <translation>花名册中已有的党员（身份证号相同）</translation>
    </message>
    <message>
        <source>&amp;Leave them as saved</source>
        <translation>保持原样(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Update them from the file (empty cells keep the saved values)</source>
        <translation>用文件中的信息更新，空单元格保留原有信息(&amp;U)</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>&amp;Create the branches the file names that do not exist yet, under:</source>
        <translation>新建文件中尚不存在的党支部，上级党组织为(&amp;C)：</translation>
    </message>
    <message>
        <source>None: such rows are refused</source>
        <translation>不指定：这些行不能导入</translation>
    </message>
    <message>
        <source>Otherwise a row whose branch is not in the workspace is refused.</source>
        <translation>否则，所在党支部不在本工作区中的行将不能导入。</translation>
    </message>
    <message>
        <source>Rows that name no &amp;branch go to:</source>
        <translation>未填写党支部的行归入(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; will be read.</source>
        <translation>将读取工作表“%1”。</translation>
    </message>
    <message>
        <source>The workbook has several sheets: choose the roster.</source>
        <translation>该工作簿有多个工作表：请选择花名册所在的工作表。</translation>
    </message>
</context>
<context>
    <name>partydesk::ImportPlanJob</name>
    <message>
        <source>The workspace could not be read. %1</source>
        <translation>无法读取工作区。%1</translation>
    </message>
</context>
<context>
    <name>partydesk::ImportPreviewModel</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Already on the roster</source>
        <translation>已在花名册中</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>%1 (to be created)</source>
        <translation>%1（将新建）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>问题和提示</translation>
    </message>
</context>
<context>
    <name>partydesk::ImportPreviewStep</name>
    <message>
        <source>to add</source>
        <translation>待新增</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>待更新</translation>
    </message>
    <message>
        <source>already on the roster, left as saved</source>
        <translation>已在花名册中，保持原样</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>Save problem &amp;list…</source>
        <translation>保存问题清单(&amp;L)…</translation>
    </message>
    <message>
        <source>The refused rows as they are in the file, each with what to correct: correct them in Excel and import the file again.</source>
        <translation>按原样列出不能导入的行，并逐行注明需要修改的地方：在 Excel 中修改后重新导入该文件。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;Keep the sound rows, skip the refused rows</source>
        <translation>保留无误的行，跳过不能导入的行(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>%n title, blank or total row(s) skipped.</source>
        <translation>
            <numerusform>已跳过 %n 行标题行、空行或合计行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Branches to be created: %1.</source>
        <translation>将新建的党支部：%1。</translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>未读取的列：%1。</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>全部行（%1）</translation>
    </message>
    <message>
        <source>Refused rows (%1)</source>
        <translation>不能导入的行（%1）</translation>
    </message>
    <message>
        <source>Rows with notes (%1)</source>
        <translation>有提示的行（%1）</translation>
    </message>
    <message>
        <source>Nothing to import: no row would add or update a member.</source>
        <translation>没有可导入的内容：没有任何行会新增或更新党员。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused. Correct them in the file (the problem list says how) and read it again, or tick &quot;Keep the sound rows&quot; to import the others now.</source>
        <translation>
            <numerusform>有 %n 行不能导入。请按问题清单的说明在文件中修改后重新读取，或勾选“保留无误的行”，先导入其余的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n refused row(s) will not be imported.</source>
        <translation>
            <numerusform>不能导入的 %n 行将被跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is saved until you click Import. An import can be undone from the import history while its members have not changed since.</source>
        <translation>点击“导入”之前不会保存任何内容。导入后，只要其中的党员未被修改，就可以在导入记录中撤销。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 problems.xlsx</source>
        <translation>%1 问题清单.xlsx</translation>
    </message>
    <message>
        <source>Save the problem list</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Problem list saved: %1</source>
        <translation>问题清单已保存：%1</translation>
    </message>
    <message>
        <source>The problem list is saved: correct the rows in the roster file, then import it again.</source>
        <translation>问题清单已保存：请在花名册文件中改正这些行，然后重新导入。</translation>
    </message>
</context>
<context>
    <name>partydesk::InServicePage</name>
    <message>
        <source>Report in / claim a post…</source>
        <translation>报到/认领岗位…</translation>
    </message>
    <message>
        <source>Release post…</source>
        <translation>取消认领…</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>登记服务…</translation>
    </message>
    <message>
        <source>Feedback letters</source>
        <translation>双报到反馈函</translation>
    </message>
    <message>
        <source>Letter to the selected member&apos;s unit (PDF)…</source>
        <translation>致所选党员所在单位的反馈函（PDF）…</translation>
    </message>
    <message>
        <source>Letters to every unit (PDF)…</source>
        <translation>致全部单位的反馈函（PDF）…</translation>
    </message>
    <message>
        <source>Print preview of every letter…</source>
        <translation>全部反馈函打印预览…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>服务岗位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>服务岗位</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>认领日期</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>取消认领日期</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核实人</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>剩余名额</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报到</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>参加服务</translation>
    </message>
    <message>
        <source>Members who served</source>
        <translation>参加服务人数</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Service records of the selected member in the year</source>
        <translation>所选党员本年度服务记录</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>新增岗位…</translation>
    </message>
    <message>
        <source>Edit post…</source>
        <translation>编辑岗位…</translation>
    </message>
    <message>
        <source>Close post…</source>
        <translation>关闭岗位…</translation>
    </message>
    <message>
        <source>In-service members</source>
        <translation>在职党员</translation>
    </message>
    <message>
        <source>Service posts</source>
        <translation>服务岗位</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>No service this year</source>
        <translation>本年度未参加服务</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年度</translation>
    </message>
    <message>
        <source>Has not reported to the community</source>
        <translation>尚未到社区报到</translation>
    </message>
    <message>
        <source>No service recorded in %1</source>
        <translation>%1年度无服务记录</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source>%n in-service member(s), %1</source>
        <translation>
            <numerusform>在职党员 %n 名，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in-service member(s); choose a community to record</source>
        <translation>
            <numerusform>在职党员 %n 名；请选择一个社区以进行登记</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a community in the organisation tree to record here.</source>
        <translation>请在组织树中选择一个社区，再在此登记。</translation>
    </message>
    <message>
        <source>Claim a post</source>
        <translation>认领服务岗位</translation>
    </message>
    <message>
        <source>Select an in-service member first.</source>
        <translation>请先选择一名在职党员。</translation>
    </message>
    <message>
        <source>Release post</source>
        <translation>取消认领</translation>
    </message>
    <message>
        <source>Select a post the member holds in the list of claims.</source>
        <translation>请在认领列表中选择该党员认领的岗位。</translation>
    </message>
    <message>
        <source>Record service</source>
        <translation>登记服务</translation>
    </message>
    <message>
        <source>Delete service record</source>
        <translation>删除服务记录</translation>
    </message>
    <message>
        <source>Delete the selected service record?</source>
        <translation>删除所选服务记录吗？</translation>
    </message>
    <message>
        <source>Close post</source>
        <translation>关闭岗位</translation>
    </message>
    <message>
        <source>No longer offered from</source>
        <translation>停止提供日期</translation>
    </message>
    <message>
        <source>Select an in-service member whose unit is recorded.</source>
        <translation>请选择一名已登记工作单位的在职党员。</translation>
    </message>
    <message>
        <source>No member who reported has a unit recorded.</source>
        <translation>已报到的党员均未登记工作单位。</translation>
    </message>
    <message>
        <source>Feedback letters %1 %2</source>
        <translation>双报到反馈函 %1 %2</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>partydesk::JointDecisionModel</name>
    <message>
        <source>Overdue: due on %1 and still open</source>
        <translation>已逾期：应于 %1 办结，目前仍未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>落实情况</translation>
    </message>
</context>
<context>
    <name>partydesk::JointMeetingDialog</name>
    <message>
        <source>Joint meeting of %1</source>
        <translation>联席会议（%1）</translation>
    </message>
    <message>
        <source>New joint meeting</source>
        <translation>新增联席会议</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>议定内容</translation>
    </message>
    <message>
        <source>&amp;Add decision</source>
        <translation>添加议定事项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Chair unit</source>
        <translation>主持单位(&amp;C)</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Units attending</source>
        <translation>参会单位</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>会议议题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>会议纪要(&amp;M)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
    <message>
        <source>Decision %1: &quot;%2&quot; is not a date: type it as 2020-05-01.</source>
        <translation>议定事项 %1：“%2”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
</context>
<context>
    <name>partydesk::JointMeetingListModel</name>
    <message numerus="yes">
        <source>%n decision(s) past their due date</source>
        <translation>
            <numerusform>%n 项议定事项已超过完成时限</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Chair unit</source>
        <translation>主持单位</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>参会单位</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>会议议题</translation>
    </message>
</context>
<context>
    <name>partydesk::JointMeetingsPage</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Rotating chair</source>
        <translation>轮值主席</translation>
    </message>
    <message>
        <source>Unit activities</source>
        <translation>单位活动</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新增会议(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Meeting &amp;record</source>
        <translation>会议记录(&amp;R)</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>全部议定事项</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>督办(&amp;F)…</translation>
    </message>
    <message>
        <source>Follow-up &amp;ledger</source>
        <translation>督办台账(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Generate for the year…</source>
        <translation>生成全年轮值表(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Change month…</source>
        <translation>调整某月(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Rota</source>
        <translation>轮值表(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;activity…</source>
        <translation>新增活动(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>请先选择一次会议。</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Choose a community in the organisation tree to record joint meetings.</source>
        <translation>请在组织树中选择一个社区，再登记联席会议。</translation>
    </message>
    <message>
        <source>A joint meeting in every quarter so far.</source>
        <translation>截至目前，每个季度均已召开联席会议。</translation>
    </message>
    <message>
        <source>Joint meetings are held at least quarterly: %1</source>
        <translation>联席会议应每季度至少召开一次：%1</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Attendance at the year&apos;s meetings: %1</source>
        <translation>本年度会议出席情况：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) in %1 under the selection. %2</source>
        <translation>
            <numerusform>%1：所选范围内共有联席会议 %n 次。%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete joint meeting</source>
        <translation>删除联席会议</translation>
    </message>
    <message>
        <source>Delete this joint meeting with its decisions?</source>
        <translation>删除该联席会议及其议定事项吗？</translation>
    </message>
    <message>
        <source>Generate the rota</source>
        <translation>生成轮值表</translation>
    </message>
    <message>
        <source>Generate the rota of %1 from month (earlier months are kept):</source>
        <translation>生成 %1 年轮值表，起始月份（之前的月份保持不变）：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Chair of the month</source>
        <translation>当月轮值主席</translation>
    </message>
    <message>
        <source>Chair unit of %1-%2:</source>
        <translation>%1-%2 轮值主席单位：</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete this activity?</source>
        <translation>删除该活动吗？</translation>
    </message>
</context>
<context>
    <name>partydesk::LeaveDialog</name>
    <message>
        <source>Record leaving: %1</source>
        <translation>登记离开：%1</translation>
    </message>
    <message>
        <source>e.g. transferred to the Party branch of ... </source>
        <translation>例如：组织关系转至……党支部</translation>
    </message>
    <message>
        <source>%1 leaves the roster. The record and its history are kept and can be shown with &quot;Include members who left&quot;.</source>
        <translation>%1 将离开花名册。其档案和历史记录都会保留，勾选“包括已离开的党员”即可查看。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>离开原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
</context>
<context>
    <name>partydesk::MainWindow</name>
    <message>
        <source>Community Party-Building Desk</source>
        <translation>社区党建工作台</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织信息</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>党员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>新增党员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>编辑党员(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;leaving…</source>
        <translation>登记离开(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>党组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add organisation below the selected one…</source>
        <translation>在所选组织下新增党组织(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit organisation…</source>
        <translation>编辑党组织(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;b&gt;Community Party-Building Desk&lt;/b&gt; %1&lt;br&gt;Organisation tree, member rosters, theme Party days and star ratings for community Party organisations.</source>
        <translation>&lt;b&gt;社区党建工作台&lt;/b&gt; %1&lt;br&gt;为社区党组织管理组织体系、党员花名册、主题党日和评星定级。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when PartyDesk is started again.</source>
        <translation>重新启动社区党建工作台后，界面语言即切换。</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>PartyDesk workspaces (*.sqlite);;All files (*)</source>
        <translation>社区党建工作台工作区 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose a new file name, or open it instead.</source>
        <translation>“%1”已存在：请另取文件名，或改用“打开工作区”。</translation>
    </message>
    <message>
        <source>PartyDesk could not be started again.</source>
        <translation>无法重新启动社区党建工作台。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>党员统计</translation>
    </message>
    <message>
        <source>Export the roster to E&amp;xcel…</source>
        <translation>导出花名册到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the roster to &amp;PDF…</source>
        <translation>导出花名册到 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print the roster…</source>
        <translation>打印花名册(&amp;P)…</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>评星定级</translation>
    </message>
    <message>
        <source>Organisational life</source>
        <translation>组织生活</translation>
    </message>
    <message>
        <source>&amp;Import a roster…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Community Party-Building Desk (read-only)</source>
        <translation>社区党建工作台（只读）</translation>
    </message>
    <message>
        <source>Read-only: viewing and exporting only</source>
        <translation>只读：仅可查看和导出</translation>
    </message>
    <message>
        <source>&amp;Backups and Restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The workspace was restored; start PartyDesk again to see it.</source>
        <translation>工作区已恢复；请重新启动社区党建工作台以查看恢复后的内容。</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>党费</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>民主评议党员</translation>
    </message>
    <message>
        <source>Co-governance</source>
        <translation>共建共治</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New: %1</source>
        <translation>新建(&amp;N)：%1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save: %1</source>
        <translation>保存(&amp;S)：%1</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete: %1</source>
        <translation>删除(&amp;D)：%1</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find: %1</source>
        <translation>查找(&amp;F)：%1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print: %1</source>
        <translation>打印(&amp;P)：%1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Export: %1</source>
        <translation>导出(&amp;E)：%1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refresh: %1</source>
        <translation>刷新(&amp;R)：%1</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>上一页(&amp;V)</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键一览(&amp;K)</translation>
    </message>
    <message>
        <source>Export the manual (&amp;PDF)…</source>
        <translation>导出使用手册（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>Read again from the workspace.</source>
        <translation>已从工作区重新读取。</translation>
    </message>
    <message>
        <source>Export the manual</source>
        <translation>导出使用手册</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Manual written: %1</source>
        <translation>使用手册已导出：%1</translation>
    </message>
    <message>
        <source>Changes saved by someone else are shown.</source>
        <translation>已显示其他人保存的修改。</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Backups and Restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>This workspace is on the server %1. Its backups are made on the server (pg_dump) by whoever runs it; ask them for a copy or a restore.</source>
        <translation>本工作区在服务器 %1 上，由服务器管理员在服务器上备份（pg_dump）；如需备份副本或恢复，请联系管理员。</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Data &amp;packages…</source>
        <translation>数据包(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>partydesk::MeetingChartsPanel</name>
    <message>
        <source>Attendance rate by month (%)</source>
        <translation>各月出席率（%）</translation>
    </message>
    <message>
        <source>Attendance rate by month (%): the %1 branches lowest over the year and the average of all %2</source>
        <translation>各月出席率（%）：全年最低的 %1 个支部与全部 %2 个支部的平均</translation>
    </message>
    <message numerus="yes">
        <source>Average of all %n branch(es)</source>
        <translation>
            <numerusform>全部 %n 个支部平均</numerusform>
        </translation>
    </message>
    <message>
        <source>Prescribed actions done</source>
        <translation>规定动作完成数</translation>
    </message>
    <message>
        <source>Prescribed actions done by month</source>
        <translation>各月规定动作完成数</translation>
    </message>
</context>
<context>
    <name>partydesk::MeetingForm</name>
    <message>
        <source>Meeting record</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新增会议</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Materials studied</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Prescribed actions done</source>
        <translation>完成的规定动作</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <source>Click a status, or press the space bar, to change it.</source>
        <translation>点击出席情况或按空格键切换。</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>Expected %1 · present %2 · on leave %3 · absent %4 · rate %5%</source>
        <translation>应到 %1 · 实到 %2 · 请假 %3 · 缺席 %4 · 出席率 %5%</translation>
    </message>
    <message>
        <source>Political birthdays this month: %1</source>
        <translation>本月政治生日：%1</translation>
    </message>
    <message>
        <source>Enter the date of the meeting as 2026-11-15.</source>
        <translation>请按 2026-11-15 的格式填写会议日期。</translation>
    </message>
    <message>
        <source>The date is more than a year ahead.</source>
        <translation>日期晚于今天一年以上。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image.</source>
        <translation>“%1”不是图片。</translation>
    </message>
</context>
<context>
    <name>partydesk::MeetingListModel</name>
    <message>
        <source>%1% (%2/%3)</source>
        <translation>%1%（%2/%3）</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>已完成规定动作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>partydesk::MeetingsPage</name>
    <message>
        <source>Organisational life</source>
        <translation>组织生活</translation>
    </message>
    <message>
        <source>&amp;Plan the month…</source>
        <translation>本月计划(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新增会议(&amp;N)…</translation>
    </message>
    <message>
        <source>Monthly &amp;report</source>
        <translation>月报(&amp;R)</translation>
    </message>
    <message>
        <source>Monthly report as PDF…</source>
        <translation>月报导出为 PDF…</translation>
    </message>
    <message>
        <source>Monthly report to Excel…</source>
        <translation>月报导出到 Excel…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print every branch&apos;s report…</source>
        <translation>批量打印全部支部月报…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>三会一课 compliance</source>
        <translation>“三会一课”落实情况</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Political birthdays in %1: %2
&quot;50 years in the Party&quot; medals due in %3: %4</source>
        <translation>%1 政治生日：%2
%3年“光荣在党50年”纪念章颁发对象：%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n gap(s)</source>
        <translation>
            <numerusform>%1 至 %2：共 %n 处缺项</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the month</source>
        <translation>本月计划</translation>
    </message>
    <message numerus="yes">
        <source>%n theme day(s) created.</source>
        <translation>
            <numerusform>已创建 %n 个主题党日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly report %1 %2</source>
        <translation>组织生活月报 %1 %2</translation>
    </message>
    <message>
        <source>all branches</source>
        <translation>全部支部</translation>
    </message>
    <message>
        <source>Printing the monthly reports…</source>
        <translation>正在打印月报…</translation>
    </message>
    <message>
        <source>Prescribed &amp;actions…</source>
        <translation>规定动作(&amp;A)…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Print this branch&apos;s monthly report…</source>
        <translation>打印本支部月报…</translation>
    </message>
    <message numerus="yes">
        <source>Print the monthly reports of all %n branch(es) of %1…</source>
        <translation>
            <numerusform>打印%1全部支部月报（%n 个）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print the monthly reports of all %n branch(es)…</source>
        <translation>
            <numerusform>打印全部支部月报（%n 个）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed the monthly reports of %n branch(es) for %1</source>
        <translation>
            <numerusform>已打印 %n 个支部的月报（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>partydesk::MemberForm</name>
    <message>
        <source>Edit member: %1</source>
        <translation>编辑党员：%1</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Organisation and membership</source>
        <translation>组织关系与入党经历</translation>
    </message>
    <message>
        <source>In-service member</source>
        <translation>在职党员信息</translation>
    </message>
    <message>
        <source>Floating member</source>
        <translation>流动党员信息</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>18 characters; birth date and sex are taken from it</source>
        <translation>18位；出生日期和性别将自动识别</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>公民身份号码(&amp;I)</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(choose a branch)</source>
        <translation>（请选择党支部）</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（无网格）</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>人员类别(&amp;C)</translation>
    </message>
    <message>
        <source>Br&amp;anch</source>
        <translation>所在党支部(&amp;A)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>党员状态(&amp;T)</translation>
    </message>
    <message>
        <source>Applied to join on</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>Activist since</source>
        <translation>确定为积极分子日期</translation>
    </message>
    <message>
        <source>Candidate since</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <source>&amp;Joined the Party on</source>
        <translation>入党日期(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Full member since</source>
        <translation>转正日期(&amp;F)</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Reported to the community on</source>
        <translation>到社区报到日期</translation>
    </message>
    <message>
        <source>Service post claimed</source>
        <translation>认领服务岗位</translation>
    </message>
    <message>
        <source>Now living or working in</source>
        <translation>流出去向</translation>
    </message>
    <message>
        <source>Registered with</source>
        <translation>组织关系所在党组织</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>流动日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Activity card number</source>
        <translation>流动党员活动证号</translation>
    </message>
    <message>
        <source>Takes part by</source>
        <translation>参加组织生活方式</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>年龄 %1 岁</translation>
    </message>
    <message>
        <source>Party age %1 years</source>
        <translation>党龄 %1 年</translation>
    </message>
    <message>
        <source>Probation overdue since %1</source>
        <translation>预备期已于 %1 届满，尚未转正</translation>
    </message>
    <message>
        <source>Political birthday this month (%1 years)</source>
        <translation>本月过政治生日（入党 %1 周年）</translation>
    </message>
    <message>
        <source>Due the &quot;50 years in the Party&quot; medal this year</source>
        <translation>今年应颁发“光荣在党50年”纪念章</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation>党员信息未能保存：%1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>Entered on the roster as %1</source>
        <translation>登记入册（%1）</translation>
    </message>
    <message>
        <source>Category: %1 → %2</source>
        <translation>人员类别：%1 → %2</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>党员状态：%1 → %2</translation>
    </message>
    <message>
        <source>Moved: %1 → %2</source>
        <translation>组织关系变动：%1 → %2</translation>
    </message>
    <message>
        <source>Left the roster: %1</source>
        <translation>离开花名册：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Organisational life in the last 12 months: %1 of %2 (%3%)</source>
        <translation>近12个月参加组织生活 %1/%2 次（%3%）</translation>
    </message>
    <message>
        <source>&amp;Reverse leaving…</source>
        <translation>撤销离开登记(&amp;R)…</translation>
    </message>
    <message>
        <source>Back on the roster: leaving reversed</source>
        <translation>已回到花名册：离开登记已撤销</translation>
    </message>
    <message>
        <source>Reverse leaving</source>
        <translation>撤销离开登记</translation>
    </message>
    <message>
        <source>Save or discard the changes in this form first.</source>
        <translation>请先保存或放弃此表单中的修改。</translation>
    </message>
    <message>
        <source>Appraisal: %1</source>
        <translation>民主评议：%1</translation>
    </message>
    <message>
        <source>Posts are claimed on the Co-governance → In-service members page.</source>
        <translation>服务岗位在“共建共治 → 在职党员”页面认领。</translation>
    </message>
</context>
<context>
    <name>partydesk::MoveWithinDialog</name>
    <message>
        <source>Move between branches</source>
        <translation>支部间转接</translation>
    </message>
    <message>
        <source>From the date on the member belongs to the new branch; meetings held before it keep the member in the old one.</source>
        <translation>自该日期起，党员编入新的党支部；此前召开的会议中，该党员仍计入原支部。</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>党员(&amp;M)</translation>
    </message>
    <message>
        <source>Moves &amp;to</source>
        <translation>转入支部(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>partydesk::NeedDialog</name>
    <message>
        <source>Edit need</source>
        <translation>编辑需求</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>新增需求</translation>
    </message>
    <message>
        <source>e.g. facilities, care for the elderly, safety</source>
        <translation>如：设施、养老、安全</translation>
    </message>
    <message>
        <source>e.g. home visits, grid, residents&apos; council</source>
        <translation>如：入户走访、网格、居民议事会</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>需求(&amp;N)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Heard through</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>&amp;Raised on</source>
        <translation>提出日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Met or dropped on</source>
        <translation>解决/撤销日期</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <source>Taken on by</source>
        <translation>承接项目</translation>
    </message>
</context>
<context>
    <name>partydesk::OrganisationForm</name>
    <message>
        <source>Edit organisation: %1</source>
        <translation>编辑党组织：%1</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>新增党组织</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>（最上级）</translation>
    </message>
    <message>
        <source>names separated by 、</source>
        <translation>姓名之间用“、”分隔</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（无网格）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>组织类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Above it</source>
        <translation>上级党组织(&amp;A)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>书记(&amp;S)</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>副书记</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>换届日期</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The organisation could not be saved: %1</source>
        <translation>党组织信息未能保存：%1</translation>
    </message>
</context>
<context>
    <name>partydesk::OrganisationPage</name>
    <message>
        <source>&amp;Edit organisation</source>
        <translation>编辑党组织(&amp;E)</translation>
    </message>
    <message>
        <source>Add organisation &amp;below</source>
        <translation>新增下级党组织(&amp;B)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格名称</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <source>Street head</source>
        <translation>街长</translation>
    </message>
    <message>
        <source>Lane head</source>
        <translation>巷长</translation>
    </message>
    <message>
        <source>Building head</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>单元长</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>The committee&apos;s term ended on %1: the election (换届) is overdue.</source>
        <translation>本届任期已于 %1 届满，应及时换届。</translation>
    </message>
    <message>
        <source>The committee&apos;s term ends on %1, in %2 days: prepare the election (换届).</source>
        <translation>本届任期将于 %1 届满（还有 %2 天），请做好换届准备。</translation>
    </message>
    <message>
        <source>A branch needs at least 3 full members; this one has %1.</source>
        <translation>党支部应有正式党员3人以上，本支部只有 %1 人。</translation>
    </message>
    <message>
        <source>With 7 or more members the branch elects a committee; no committee members are recorded.</source>
        <translation>党员7人以上的党支部应设立支部委员会，目前未登记委员。</translation>
    </message>
    <message>
        <source>Choose an organisation in the tree</source>
        <translation>请在左侧组织树中选择党组织</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Above it</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>所属领域</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>副书记</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Members on the roster</source>
        <translation>在册人数</translation>
    </message>
    <message>
        <source>Add &amp;grid</source>
        <translation>新增网格(&amp;G)</translation>
    </message>
    <message>
        <source>Add co-building &amp;unit</source>
        <translation>新增共建单位(&amp;U)</translation>
    </message>
    <message>
        <source>Grids and their heads (double-click a row to edit)</source>
        <translation>网格及“五长”（双击一行可编辑）</translation>
    </message>
    <message>
        <source>Co-building units (double-click a row to edit)</source>
        <translation>共建单位（双击一行可编辑）</translation>
    </message>
    <message>
        <source>&amp;Delete organisation</source>
        <translation>删除党组织(&amp;D)</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>删除党组织</translation>
    </message>
    <message>
        <source>Delete %1, with its grids and co-building units?</source>
        <translation>删除 %1 及其网格和共建单位吗？</translation>
    </message>
    <message>
        <source>Delete is for an organisation entered by mistake: one with no organisations below it, no member records and no meetings. It can be undone with Edit → Undo (Ctrl+Z) while PartyDesk stays open.</source>
        <translation>删除仅用于误录入的党组织：该组织下没有下级党组织、没有党员记录，也没有会议记录。在社区党建工作台关闭之前，可以用“编辑 → 撤销”（Ctrl+Z）撤回删除。</translation>
    </message>
</context>
<context>
    <name>partydesk::OrganisationTreeModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>%1
Type: %2
Secretary: %3
%4</source>
        <translation>%1
类型：%2
书记：%3
%4</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
</context>
<context>
    <name>partydesk::OrganisationsChooser</name>
    <message>
        <source>Branches rated</source>
        <translation>参评支部</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>partydesk::PackageCountsModel</name>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Left (removed)</source>
        <translation>离开（将删除）</translation>
    </message>
</context>
<context>
    <name>partydesk::PackageDialog</name>
    <message>
        <source>Data packages</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>接收(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>partydesk::PackageKeysPanel</name>
    <message>
        <source>This workspace&apos;s public keys</source>
        <translation>本工作区的公钥</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>签名公钥：</translation>
    </message>
    <message>
        <source>A community gives it to its street, which adds it under &apos;Senders trusted&apos;.</source>
        <translation>社区把它交给街道，由街道在“信任的发送方”中添加。</translation>
    </message>
    <message>
        <source>Receiving key:</source>
        <translation>接收公钥：</translation>
    </message>
    <message>
        <source>A street gives it to its communities, which add it under &apos;Recipients&apos;.</source>
        <translation>街道把它交给各社区，由社区在“接收方”中添加。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>44 characters, as the other workspace shows it</source>
        <translation>44 个字符，按对方工作区显示的完整复制</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <source>Senders trusted (their packages open here)</source>
        <translation>信任的发送方（其数据包可在本工作区打开）</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>信任(&amp;T)</translation>
    </message>
    <message>
        <source>Recipients (packages from here are sealed for them)</source>
        <translation>接收方（本工作区的数据包为其加密）</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>添加接收方(&amp;A)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Packages signed by %1 will open here.</source>
        <translation>今后可以在这里打开%1签名的数据包。</translation>
    </message>
    <message>
        <source>Packages from here can go to %1.</source>
        <translation>本工作区的数据包可以发往%1。</translation>
    </message>
</context>
<context>
    <name>partydesk::PackageReceivePanel</name>
    <message>
        <source>&amp;Open a package…</source>
        <translation>打开数据包(&amp;O)…</translation>
    </message>
    <message>
        <source>No package opened.</source>
        <translation>尚未打开数据包。</translation>
    </message>
    <message>
        <source>The community goes under:</source>
        <translation>社区归入：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>打开数据包</translation>
    </message>
    <message>
        <source>PartyDesk data packages (*.pdpkg)</source>
        <translation>社区党建工作台数据包 (*.pdpkg)</translation>
    </message>
    <message>
        <source>From %1 (%2): the year %3, made %4.</source>
        <translation>来自%1（%2）：%3年度数据，生成于 %4。</translation>
    </message>
    <message>
        <source>From %1 (%2): the rating template and theme-day plan of %3, made %4.</source>
        <translation>来自%1（%2）：%3年度评星模板和主题党日计划，生成于 %4。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed</source>
        <translation>%1：新增 %2，变更 %3，删除 %4</translation>
    </message>
    <message>
        <source>Not imported, nothing was changed: %1</source>
        <translation>未导入，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Nothing to do: nothing was changed.</source>
        <translation>无需导入：未做任何更改。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
</context>
<context>
    <name>partydesk::PackageSendPanel</name>
    <message>
        <source>This community&apos;s year (members, organisations, meetings, ratings, co-governance), for the street</source>
        <translation>本社区年度数据（党员、党组织、会议、评星、共建共治），报街道</translation>
    </message>
    <message>
        <source>The street&apos;s rating template and theme-day plan of the year, for a community</source>
        <translation>街道年度评星模板和主题党日计划，下发社区</translation>
    </message>
    <message>
        <source>&amp;Write the package…</source>
        <translation>写出数据包(&amp;W)…</translation>
    </message>
    <message>
        <source>The file is encrypted for the recipient alone and signed with this workspace&apos;s key: only the recipient can open it, and it can tell that nobody changed it on the way. It carries ID numbers: hand it over as the rules for personal data ask (no public chat groups).</source>
        <translation>文件只为接收方加密，并用本工作区的密钥签名：只有接收方能打开，并能验证途中未被改动。文件含身份证号等个人信息，请按个人信息保护的规定传递（不要发到公共群聊）。</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>发往：</translation>
    </message>
    <message>
        <source>No recipient yet: add the receiving key of the workspace it goes to under &apos;Keys&apos;.</source>
        <translation>尚未设置接收方：请在“密钥”页添加对方工作区的接收公钥。</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>写出数据包</translation>
    </message>
    <message>
        <source>PartyDesk data packages (*.pdpkg)</source>
        <translation>社区党建工作台数据包 (*.pdpkg)</translation>
    </message>
    <message>
        <source>Choose whom the package is for.</source>
        <translation>请选择数据包发往哪里。</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>数据包未写出：%1</translation>
    </message>
    <message>
        <source>Written for %1: %2</source>
        <translation>已为%1写入：%2</translation>
    </message>
</context>
<context>
    <name>partydesk::PipelineModel</name>
    <message>
        <source>%1: overdue since %2</source>
        <translation>%1：自 %2 起已逾期</translation>
    </message>
    <message>
        <source>Ready for the next stage</source>
        <translation>可推进到下一阶段</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>所处阶段</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一事项</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成时限</translation>
    </message>
</context>
<context>
    <name>partydesk::PlanDialog</name>
    <message>
        <source>Plan for %1</source>
        <translation>%1 主题党日计划</translation>
    </message>
    <message>
        <source>Prescribed actions planned</source>
        <translation>计划的规定动作</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>每月日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Materials to study</source>
        <translation>学习内容</translation>
    </message>
    <message numerus="yes">
        <source>Create the theme days of %n branch(es)</source>
        <translation>
            <numerusform>为 %n 个支部创建主题党日</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Branches that already have this month&apos;s theme day keep it.</source>
        <translation>已有本月主题党日的支部保持不变。</translation>
    </message>
</context>
<context>
    <name>partydesk::ProbationModel</name>
    <message>
        <source>The probation ended on %1 and %2 is not converted yet: the branch meeting has to convert, extend or cancel it.</source>
        <translation>预备期已于 %1 届满，%2 尚未转正：须由支部党员大会讨论转正、延长预备期或取消预备党员资格。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>预备期届满日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
</context>
<context>
    <name>partydesk::ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新增项目</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目名称(&amp;P)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Lead unit</source>
        <translation>牵头单位(&amp;L)</translation>
    </message>
    <message>
        <source>Lead person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>&amp;Budget (yuan)</source>
        <translation>预算（元）(&amp;B)</translation>
    </message>
    <message>
        <source>Starts, due</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Units taking part</source>
        <translation>参与单位</translation>
    </message>
    <message>
        <source>Needs it meets</source>
        <translation>对应需求</translation>
    </message>
    <message>
        <source>Resources it uses</source>
        <translation>使用资源</translation>
    </message>
    <message>
        <source>Type the budget in yuan, e.g. 12000 or 12000.50.</source>
        <translation>请填写预算金额（元），如 12000 或 12000.50。</translation>
    </message>
</context>
<context>
    <name>partydesk::RatingPage</name>
    <message>
        <source>Star rating</source>
        <translation>评星定级</translation>
    </message>
    <message>
        <source>&amp;New year…</source>
        <translation>新建年度(&amp;N)…</translation>
    </message>
    <message>
        <source>Branches &amp;rated…</source>
        <translation>参评支部(&amp;R)…</translation>
    </message>
    <message>
        <source>Type a score and press Tab or Enter; the committee&apos;s score (考评) stands. Everything is saved as you go.</source>
        <translation>输入分数后按 Tab 或回车继续；以上级考评分为准。录入内容随时自动保存。</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 branches, %2 complete · ★5: %3 · ★4: %4 · ★3: %5 · ★2: %6 · ★1: %7 · lagging: %8</source>
        <translation>共 %1 个支部，已完成 %2 个 · 五星 %3 · 四星 %4 · 三星 %5 · 二星 %6 · 一星 %7 · 后进 %8</translation>
    </message>
    <message>
        <source>Choose a branch on the left</source>
        <translation>请在左侧选择支部</translation>
    </message>
    <message>
        <source>No rating yet: start a year with &quot;New year…&quot;</source>
        <translation>尚无评星定级：请点击“新建年度…”开始</translation>
    </message>
    <message>
        <source>%1 — %2 sheet</source>
        <translation>%1 — %2年度评分表</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1
Base %2 + bonus %3 − deduction %4 = &lt;b&gt;total %5&lt;/b&gt; · %6 · rank %7%8</source>
        <translation>%1
基本分 %2 + 加分 %3 − 扣分 %4 = &lt;b&gt;总分 %5&lt;/b&gt; · %6 · 排名第 %7%8</translation>
    </message>
    <message>
        <source> · vetoed: one star at most</source>
        <translation> · 一票否决：最高一星</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>新建年度</translation>
    </message>
    <message>
        <source>Rate the branches for the year:</source>
        <translation>评星定级年度：</translation>
    </message>
    <message>
        <source>Branches rated</source>
        <translation>参评支部</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) taken out of the rating already have scores, which will be deleted. Continue?</source>
        <translation>
            <numerusform>有 %n 个被移出评分的支部已有得分，这些得分将被删除。继续吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>评分模板(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport and print</source>
        <translation>导出和打印(&amp;X)</translation>
    </message>
    <message>
        <source>Annual report as PDF…</source>
        <translation>年度报告导出为 PDF…</translation>
    </message>
    <message>
        <source>Ranking and all sheets to Excel…</source>
        <translation>排名及全部评分表导出到 Excel…</translation>
    </message>
    <message>
        <source>Print preview of the annual report…</source>
        <translation>年度报告打印预览…</translation>
    </message>
    <message>
        <source>Blank score sheets to Excel…</source>
        <translation>空白评分表导出到 Excel…</translation>
    </message>
    <message>
        <source>Import filled score sheets…</source>
        <translation>导入填好的评分表…</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Finish the year…</source>
        <translation>完成评定(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reopen the year…</source>
        <translation>重新打开年度(&amp;R)…</translation>
    </message>
    <message>
        <source>The %1 rating was finished on %2: its result is final and the sheets are read-only. To change a score, reopen the year and give the reason.</source>
        <translation>%1年度评星定级已于 %2 完成评定，结果已确定，评分表为只读。如需修改分数，请重新打开该年度并说明理由。</translation>
    </message>
    <message>
        <source>Reopen the year</source>
        <translation>重新打开年度</translation>
    </message>
    <message>
        <source>The %1 result is final. Why must it change? The reason is recorded in the audit log.</source>
        <translation>%1年度评星定级结果已确定。请说明需要更改的理由（将记入审计日志）：</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) are not complete. Finish the %1 rating anyway? Its result becomes final.</source>
        <translation>
            <numerusform>有 %n 张评分表尚未完成。仍要完成%1年度评星定级吗？完成后结果即确定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the %1 rating? Its result becomes final.</source>
        <translation>确定完成%1年度评星定级吗？完成后结果即确定。</translation>
    </message>
    <message>
        <source>Finish the year</source>
        <translation>完成评定</translation>
    </message>
</context>
<context>
    <name>partydesk::RatingResultsModel</name>
    <message>
        <source>Not rated both years: nothing to compare.</source>
        <translation>两年未都参评，无从比较。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (veto)</source>
        <translation>%1（否决）</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Above it</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Against last year</source>
        <translation>较上年</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>partydesk::ReceiptDialog</name>
    <message>
        <source>Record the receipt</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <source>%1 transferred out to %2 on %3 (letter no. %4).</source>
        <translation>%1 于 %3 将组织关系转往%2（介绍信编号 %4）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Receipt came back on</source>
        <translation>收到回执日期</translation>
    </message>
</context>
<context>
    <name>partydesk::RectificationForm</name>
    <message>
        <source>Edit rectification item</source>
        <translation>编辑整改事项</translation>
    </message>
    <message>
        <source>Add rectification item</source>
        <translation>新增整改事项</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>存在问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>整改措施(&amp;M)</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Type dates as 2020-05-01.</source>
        <translation>日期请按 2020-05-01 的格式输入。</translation>
    </message>
</context>
<context>
    <name>partydesk::RectificationPanel</name>
    <message>
        <source>Rectification (整改晋位)</source>
        <translation>整改晋位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>新增整改事项(&amp;A)</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除整改事项</translation>
    </message>
    <message>
        <source>· %1 (%2)</source>
        <translation>· %1（%2）</translation>
    </message>
    <message>
        <source>Last year&apos;s list:
%1</source>
        <translation>上年度整改清单：
%1</translation>
    </message>
    <message>
        <source>Branch secretary</source>
        <translation>支部书记</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>删除“%1”吗？</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>partydesk::ResourceDialog</name>
    <message>
        <source>Edit resource</source>
        <translation>编辑资源</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>新增资源</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>提供单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Offered on</source>
        <translation>提供日期(&amp;O)</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用项目</translation>
    </message>
</context>
<context>
    <name>partydesk::ReverseLeavingDialog</name>
    <message>
        <source>Reverse leaving: %1</source>
        <translation>撤销离开登记：%1</translation>
    </message>
    <message>
        <source>%1 was recorded as left on %2 (%3). Reversing it puts %1 back on the roster; the leaving and its reversal both stay in the history.</source>
        <translation>%1 已于 %2 登记离开（%3）。撤销后 %1 将回到花名册；离开登记及其撤销都会保留在历史记录中。</translation>
    </message>
    <message>
        <source>e.g. the transfer letter was never sent</source>
        <translation>例如：组织关系介绍信未寄出</translation>
    </message>
    <message>
        <source>Back on the roster from</source>
        <translation>回到花名册的日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reverse leaving</source>
        <translation>撤销离开登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
</context>
<context>
    <name>partydesk::RosterExportDialog</name>
    <message numerus="yes">
        <source>%n member(s) of the current view. Tick the columns; drag or use the buttons to change their order.</source>
        <translation>
            <numerusform>当前列表共 %n 人。勾选要导出的列；拖动或用右侧按钮调整顺序。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Write ID numbers in full (otherwise 4301**********123X)</source>
        <translation>导出完整身份证号（否则显示为 4301**********123X）</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>请至少勾选一列。</translation>
    </message>
    <message>
        <source>Full ID numbers</source>
        <translation>完整身份证号</translation>
    </message>
    <message>
        <source>The file will hold every ID number in full: sensitive personal information that must be kept safe. Write them in full? This is recorded in the workspace&apos;s log.</source>
        <translation>导出的文件将包含完整的身份证号，属于必须妥善保管的敏感个人信息。确定导出完整号码吗？此操作将记入工作区日志。</translation>
    </message>
    <message>
        <source>Write phone numbers in full (otherwise 138****5678)</source>
        <translation>导出完整电话号码（否则显示为 138****5678）</translation>
    </message>
</context>
<context>
    <name>partydesk::RosterImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>停止读取(&amp;S)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>导入选项</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <source>Preview and import</source>
        <translation>预览并导入</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>第 %1 步（共 4 步）：%2</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>请先选择要导入的文件。</translation>
    </message>
    <message>
        <source>The file has no sheet to read.</source>
        <translation>文件中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading stopped; nothing was saved.</source>
        <translation>已停止读取，未保存任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now left out: %2 is read from &quot;%3&quot;.</source>
        <translation>“%1”列现在不导入：%2 改为从“%3”列读取。</translation>
    </message>
    <message>
        <source>Saving the members…</source>
        <translation>正在保存党员信息…</translation>
    </message>
    <message>
        <source>Saved as import No. %1: %2 added, %3 updated.</source>
        <translation>已保存为导入记录 %1：新增 %2 人，更新 %3 人。</translation>
    </message>
    <message>
        <source>Branches created: %1.</source>
        <translation>已新建党支部：%1。</translation>
    </message>
    <message>
        <source>While these members have not been changed, the import can be undone from the import history.</source>
        <translation>只要这些党员的信息未被修改，就可以在导入记录中撤销这次导入。</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>花名册已导入</translation>
    </message>
</context>
<context>
    <name>partydesk::RosterModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>已于 %1 离开</translation>
    </message>
    <message>
        <source>%1 (probation overdue)</source>
        <translation>%1（逾期未转正）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员状态</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Party age</source>
        <translation>党龄</translation>
    </message>
    <message>
        <source>Unit or whereabouts</source>
        <translation>单位/去向</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>partydesk::RosterPage</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Include members who left</source>
        <translation>包括已离开的党员</translation>
    </message>
    <message>
        <source>Show full ID numbers</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>新增党员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Record &amp;leaving</source>
        <translation>登记离开(&amp;L)</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) shown</source>
        <translation>
            <numerusform>显示 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>ID numbers are sensitive personal information. Show them in full on this screen? This is recorded in the workspace&apos;s log.</source>
        <translation>身份证号属于敏感个人信息。确定要在屏幕上显示完整号码吗？此操作将记入工作区日志。</translation>
    </message>
    <message>
        <source>%1 (still loading the roster…)</source>
        <translation>%1（花名册仍在载入…）</translation>
    </message>
    <message>
        <source>E&amp;xport and print</source>
        <translation>导出和打印(&amp;X)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>导出到 PDF…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export the roster to Excel</source>
        <translation>导出花名册到 Excel</translation>
    </message>
    <message>
        <source>Export the roster to PDF</source>
        <translation>导出花名册到 PDF</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>打印花名册</translation>
    </message>
    <message>
        <source>The roster is still loading; try again in a moment.</source>
        <translation>花名册仍在载入，请稍候再试。</translation>
    </message>
    <message>
        <source>Roster %1 %2</source>
        <translation>党员花名册 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 人到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>导入记录…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑党员</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>删除党员</translation>
    </message>
    <message>
        <source>Delete %1 from the workspace, with the member&apos;s history and attendance?</source>
        <translation>要从工作区中删除 %1 及其历史记录和出席记录吗？</translation>
    </message>
    <message>
        <source>Delete is for a record entered by mistake. A member who transferred out, died or left the Party is recorded as left instead (Record leaving): the record then stays as history.

A deletion can be undone with Edit → Undo (Ctrl+Z) while PartyDesk stays open.</source>
        <translation>删除仅用于误录入的记录。转出、去世或出党的党员应登记离开（“登记离开”），其档案将作为历史记录保留。

在社区党建工作台关闭之前，可以用“编辑 → 撤销”（Ctrl+Z）撤回删除。</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 未删除：%2</translation>
    </message>
    <message>
        <source>Search by name, pinyin, ID number or phone</source>
        <translation>按姓名、拼音、身份证号或电话查找</translation>
    </message>
</context>
<context>
    <name>partydesk::RotaModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Chair unit</source>
        <translation>轮值主席单位</translation>
    </message>
    <message>
        <source>Activities as chair</source>
        <translation>轮值期间开展活动</translation>
    </message>
</context>
<context>
    <name>partydesk::ScoreSheetModel</name>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Scoring: %1
Evidence: %2</source>
        <translation>评分标准：%1
查看材料：%2</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>考核方面</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>考核任务</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>考评</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded facts</source>
        <translation>系统记录情况</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>系统记录：%1</translation>
    </message>
</context>
<context>
    <name>partydesk::SecurityMenu</name>
    <message>
        <source>&amp;Security</source>
        <translation>安全(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Users and sign-in…</source>
        <translation>用户与登录(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sign in as another user…</source>
        <translation>以其他用户身份登录(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
</context>
<context>
    <name>partydesk::ServerConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>A street or district keeps one shared workspace on a PostgreSQL server, so that several clerks work on it at once. Ask whoever runs the server for these details.</source>
        <translation>街道或区把一个共享工作区放在 PostgreSQL 服务器上，供多名工作人员同时使用。以下信息请向服务器管理员索取。</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>请填写服务器名称或地址。</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>请填写数据库名。</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>请填写您在服务器上的用户名。</translation>
    </message>
    <message>
        <source>No connection: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>The server answered and accepted the sign-in.</source>
        <translation>服务器已应答，登录成功。</translation>
    </message>
</context>
<context>
    <name>partydesk::ServicePostDialog</name>
    <message>
        <source>Edit service post</source>
        <translation>编辑服务岗位</translation>
    </message>
    <message>
        <source>New service post</source>
        <translation>新增服务岗位</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>岗位说明</translation>
    </message>
</context>
<context>
    <name>partydesk::ServiceRecordDialog</name>
    <message>
        <source>Edit service record</source>
        <translation>编辑服务记录</translation>
    </message>
    <message>
        <source>Record a service</source>
        <translation>登记服务</translation>
    </message>
    <message>
        <source>(no post)</source>
        <translation>（无岗位）</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <source>Service post</source>
        <translation>服务岗位</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核实人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>partydesk::SignInDialog</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The window was locked after a time without use. Enter your password to go on, or sign in as another user.</source>
        <translation>窗口因一段时间无操作已锁定。请输入密码继续，或以其他用户身份登录。</translation>
    </message>
    <message>
        <source>This workspace asks for sign-in.</source>
        <translation>此工作区需要登录。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Another user…</source>
        <translation>其他用户…</translation>
    </message>
    <message>
        <source>Quit PartyDesk</source>
        <translation>退出社区党建工作台</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords; try again in %n seconds.</source>
        <translation>
            <numerusform>密码错误次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>partydesk::StartOfDayBackup</name>
    <message>
        <source>The start-of-day backup failed: %1</source>
        <translation>每日自动备份失败：%1</translation>
    </message>
    <message>
        <source>The last good backup is more than a week old: File → Backups and Restore.</source>
        <translation>最近一次成功的备份已超过一周：请在“文件 → 备份与恢复”中备份。</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最近一次备份：%1</translation>
    </message>
</context>
<context>
    <name>partydesk::StatisticsModel</name>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
</context>
<context>
    <name>partydesk::StatisticsPage</name>
    <message>
        <source>E&amp;xport and print</source>
        <translation>导出和打印(&amp;X)</translation>
    </message>
    <message>
        <source>Export all tables to Excel…</source>
        <translation>全部统计表导出到 Excel…</translation>
    </message>
    <message>
        <source>Export all tables to PDF…</source>
        <translation>全部统计表导出到 PDF…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Counted: Party members (probationary and full) on the roster.</source>
        <translation>统计对象：花名册中的党员（含预备党员）。</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部党组织</translation>
    </message>
    <message>
        <source>Member statistics: %1</source>
        <translation>党员统计：%1</translation>
    </message>
    <message>
        <source>Member statistics %1 %2</source>
        <translation>党员统计 %1 %2</translation>
    </message>
    <message>
        <source>Counted: Party members (probationary and full) in the first column; applicants, activists and candidates in their own columns.</source>
        <translation>统计对象：第一列为党员（含预备党员）；入党申请人、入党积极分子和发展对象另列。</translation>
    </message>
</context>
<context>
    <name>partydesk::TemplateEditor</name>
    <message>
        <source>no quota</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Star rating template %1</source>
        <translation>%1年度评星定级模板</translation>
    </message>
    <message>
        <source>Add aspect</source>
        <translation>新增考核方面</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>新增考核任务</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>新增项目</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>★★★★★ from</source>
        <translation>五星 ≥</translation>
    </message>
    <message>
        <source>★★★★ from</source>
        <translation>四星 ≥</translation>
    </message>
    <message>
        <source>★★★ from</source>
        <translation>三星 ≥</translation>
    </message>
    <message>
        <source>★★ from</source>
        <translation>二星 ≥</translation>
    </message>
    <message>
        <source>Star thresholds</source>
        <translation>星级分数线</translation>
    </message>
    <message>
        <source>A veto caps at (stars)</source>
        <translation>一票否决最高星级</translation>
    </message>
    <message>
        <source>Five-star quota</source>
        <translation>五星比例上限</translation>
    </message>
    <message>
        <source>Four stars or more</source>
        <translation>四星及以上比例上限</translation>
    </message>
    <message>
        <source>Bonus cap</source>
        <translation>加分上限</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Bonus, deduction and veto items</source>
        <translation>加分、扣分和一票否决项目</translation>
    </message>
    <message>
        <source>New aspect</source>
        <translation>新的考核方面</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新的考核任务</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新的项目</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>%1 tasks, %2 points%3</source>
        <translation>共 %1 项任务，%2 分%3</translation>
    </message>
    <message>
        <source> (the scheme usually adds up to 100)</source>
        <translation>（满分通常为100分）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) already entered belong to tasks you removed and will be deleted. Save?</source>
        <translation>
            <numerusform>已录入的 %n 个得分属于被删除的任务，保存后将一并删除。确定保存吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>partydesk::TemplateModel</name>
    <message>
        <source>Aspect / task</source>
        <translation>考核方面 / 任务</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>How to score</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>查看材料</translation>
    </message>
    <message>
        <source>Suggested from</source>
        <translation>参考数据来源</translation>
    </message>
</context>
<context>
    <name>partydesk::TransferInDialog</name>
    <message>
        <source>Transfer in</source>
        <translation>组织关系转入</translation>
    </message>
    <message>
        <source>18 characters; birth date and sex are taken from it</source>
        <translation>18位；出生日期和性别将自动识别</translation>
    </message>
    <message>
        <source>the Party organisation the letter comes from</source>
        <translation>开具介绍信的党组织</translation>
    </message>
    <message>
        <source>The member</source>
        <translation>党员信息</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>公民身份号码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>党员状态(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Joined the Party on</source>
        <translation>入党日期(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Full member since</source>
        <translation>转正日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>The transfer</source>
        <translation>转入信息</translation>
    </message>
    <message>
        <source>Joins &amp;branch</source>
        <translation>编入党支部(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>转入日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Comes from</source>
        <translation>转出党组织(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Letter no.</source>
        <translation>介绍信编号(&amp;L)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Other details (address, grid, tags) are added afterwards in the member form.</source>
        <translation>其他信息（住址、网格、标签）可在转入后到党员信息表中补充。</translation>
    </message>
</context>
<context>
    <name>partydesk::TransferListModel</name>
    <message>
        <source>No receipt</source>
        <translation>未收到回执</translation>
    </message>
    <message>
        <source>No receipt %1 months after the transfer: it was due by %2. Ask %3 for it.</source>
        <translation>转出已满 %1 个月仍未收到回执（应于 %2 前寄回）。请向%3催要。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>转接类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出党组织</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转入党组织</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
</context>
<context>
    <name>partydesk::TransferOutDialog</name>
    <message>
        <source>Transfer out</source>
        <translation>组织关系转出</translation>
    </message>
    <message>
        <source>the receiving Party organisation</source>
        <translation>接收的党组织</translation>
    </message>
    <message>
        <source>The member leaves the roster on the date; the record and its history are kept. Record the receipt when it comes back.</source>
        <translation>党员自该日期起离开花名册，其档案和历史记录都会保留。收到回执后请及时登记。</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>党员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>转出日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Transfers to</source>
        <translation>转往党组织(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Letter no.</source>
        <translation>介绍信编号(&amp;L)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>partydesk::TransfersPage</name>
    <message>
        <source>Transfers of membership</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>All transfers</source>
        <translation>全部转接</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Moves between branches</source>
        <translation>支部间转接</translation>
    </message>
    <message>
        <source>Waiting for a receipt</source>
        <translation>待收回执</translation>
    </message>
    <message>
        <source>Transfer &amp;out…</source>
        <translation>转出(&amp;O)…</translation>
    </message>
    <message>
        <source>Transfer &amp;in…</source>
        <translation>转入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Move between branches…</source>
        <translation>支部间转接(&amp;M)…</translation>
    </message>
    <message>
        <source>Record &amp;receipt…</source>
        <translation>登记回执(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Cancel transfer…</source>
        <translation>撤销转接(&amp;C)…</translation>
    </message>
    <message>
        <source>Take back a transfer out or a move between branches entered by mistake</source>
        <translation>撤销误录的组织关系转出或支部间转接</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>To Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>No transfer out is waiting for its receipt for more than %1 months.</source>
        <translation>没有转出超过 %1 个月仍未收到回执的组织关系。</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c01c1c&quot;&gt;%1 transfer(s) out without a receipt for more than %2 months.&lt;/span&gt; &lt;a href=&quot;waiting&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>&lt;span style=&quot;color:#c01c1c&quot;&gt;有 %1 条组织关系转出超过 %2 个月未收到回执。&lt;/span&gt; &lt;a href=&quot;waiting&quot;&gt;查看&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Take back the transfer out of %1 on %2? %1 is back on the roster as if the transfer had not happened; the history keeps a note of it.</source>
        <translation>要撤销 %1 于 %2 的组织关系转出吗？%1 将回到花名册，如同未曾转出；历史记录中会保留相关说明。</translation>
    </message>
    <message>
        <source>Take back the move of %1 on %2? %1 belongs to the old branch again from that day; the history keeps a note of it.</source>
        <translation>要撤销 %1 于 %2 的支部间转接吗？自该日起 %1 重新编入原支部；历史记录中会保留相关说明。</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>撤销转接</translation>
    </message>
</context>
<context>
    <name>partydesk::UndoHistory</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>无法撤销或重做</translation>
    </message>
</context>
<context>
    <name>partydesk::UnitActivityDialog</name>
    <message>
        <source>Unit activity</source>
        <translation>单位活动</translation>
    </message>
    <message>
        <source>New unit activity</source>
        <translation>新增单位活动</translation>
    </message>
    <message>
        <source>As the month&apos;s rotating chair</source>
        <translation>作为当月轮值主席单位开展</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>活动名称(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>参加人数(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;etail</source>
        <translation>详细情况(&amp;E)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
</context>
<context>
    <name>partydesk::UnitActivityModel</name>
    <message>
        <source>As chair</source>
        <translation>轮值主席活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
</context>
<context>
    <name>partydesk::UnitPersonDialog</name>
    <message>
        <source>Edit person: %1</source>
        <translation>编辑人员：%1</translation>
    </message>
    <message>
        <source>New person of the unit</source>
        <translation>新增单位人员</translation>
    </message>
    <message>
        <source>e.g. part-time committee member; empty for a contact</source>
        <translation>如：兼职委员；联系人可不填</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Post in the unit</source>
        <translation>单位职务</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>大党委职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as 2020-05-01.</source>
        <translation>“%1”不是日期：请按 2020-05-01 的格式输入。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>partydesk::UnitsPage</name>
    <message>
        <source>New &amp;person…</source>
        <translation>新增人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Print yearly &amp;evaluation</source>
        <translation>打印年度考评表(&amp;E)</translation>
    </message>
    <message>
        <source>This unit…</source>
        <translation>本单位…</translation>
    </message>
    <message>
        <source>Every unit…</source>
        <translation>全部单位…</translation>
    </message>
    <message>
        <source>Every unit as PDF…</source>
        <translation>全部单位导出为 PDF…</translation>
    </message>
    <message>
        <source>co-building units %1.pdf</source>
        <translation>共建单位年度考评 %1.pdf</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Choose a community in the organisation tree to edit its units.</source>
        <translation>请在组织树中选择一个社区，再编辑其共建单位。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>单位职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>大党委职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Facts of the year</source>
        <translation>年度情况</translation>
    </message>
</context>
<context>
    <name>partydesk::UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password (at least %1 characters)</source>
        <translation>密码（至少 %1 个字符）</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>partydesk::UsersDialog</name>
    <message>
        <source>Users and sign-in</source>
        <translation>用户与登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>新密码…</translation>
    </message>
    <message>
        <source>Everyone signs in to use this workspace</source>
        <translation>所有人都须登录才能使用此工作区</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock the window after this time without use:</source>
        <translation>无操作超过此时间后锁定窗口：</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
</context>
<context>
    <name>partydesk::WishForm</name>
    <message>
        <source>Micro-wish</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <source>New micro-wish</source>
        <translation>新增微心愿</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>党支部(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation>居民姓名(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>联系方式(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Wish</source>
        <translation>心愿内容(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>Estimated cost (&amp;yuan)</source>
        <translation>预计费用（元）(&amp;Y)</translation>
    </message>
    <message>
        <source>W&amp;ished on</source>
        <translation>许愿日期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Enter the cost in yuan, as 25 or 25.50.</source>
        <translation>请填写费用（元），如 25 或 25.50。</translation>
    </message>
    <message>
        <source>Enter the date as 2026-11-15.</source>
        <translation>请按 2026-11-15 的格式填写日期。</translation>
    </message>
</context>
<context>
    <name>partydesk::WishListModel</name>
    <message>
        <source>Published on %1 and not claimed for %2 days (more than %3).</source>
        <translation>%1 发布，已 %2 天无人认领（超过 %3 天）。</translation>
    </message>
    <message>
        <source>Wished on</source>
        <translation>许愿日期</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心愿内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>等待天数</translation>
    </message>
</context>
<context>
    <name>partydesk::WishStepDialog</name>
    <message>
        <source>Publish the wish</source>
        <translation>发布心愿</translation>
    </message>
    <message>
        <source>Claim the wish</source>
        <translation>认领心愿</translation>
    </message>
    <message>
        <source>Wish fulfilled</source>
        <translation>心愿完成</translation>
    </message>
    <message>
        <source>Withdraw the wish</source>
        <translation>撤回心愿</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心愿内容</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>By a &amp;member</source>
        <translation>党员认领(&amp;M)</translation>
    </message>
    <message>
        <source>By a co-building &amp;unit</source>
        <translation>共建单位认领(&amp;U)</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>输入姓名中的几个字</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查找(&amp;S)</translation>
    </message>
    <message>
        <source>Mem&amp;ber</source>
        <translation>党员(&amp;B)</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <source>Resident&apos;s &amp;feedback</source>
        <translation>居民反馈(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>撤回原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>满意度(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>照片 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date as 2026-11-15.</source>
        <translation>请按 2026-11-15 的格式填写日期。</translation>
    </message>
</context>
<context>
    <name>partydesk::WishesPage</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New wish…</source>
        <translation>新增心愿(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation>认领(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Fulfilled…</source>
        <translation>登记完成(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Back a stage</source>
        <translation>退回上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Print and e&amp;xport</source>
        <translation>打印和导出(&amp;X)</translation>
    </message>
    <message>
        <source>Public list: print preview…</source>
        <translation>公示清单：打印预览…</translation>
    </message>
    <message>
        <source>Public list as PDF…</source>
        <translation>公示清单导出为 PDF…</translation>
    </message>
    <message>
        <source>micro-wishes public list.pdf</source>
        <translation>微心愿公示清单.pdf</translation>
    </message>
    <message>
        <source>Internal list to Excel…</source>
        <translation>内部清单导出到 Excel…</translation>
    </message>
    <message>
        <source>micro-wishes.xlsx</source>
        <translation>微心愿.xlsx</translation>
    </message>
    <message>
        <source>Internal list with full contacts to Excel…</source>
        <translation>内部清单（含完整联系方式）导出到 Excel…</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By branch</source>
        <translation>按党支部</translation>
    </message>
    <message>
        <source>By grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>心愿列表</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>Every community under the selection, read only: choose a community to record wishes.</source>
        <translation>所选范围内的全部社区（只读）：请选择一个社区以登记心愿。</translation>
    </message>
    <message>
        <source>Choose a community in the tree to record and move wishes.</source>
        <translation>请在组织树中选择一个社区，再登记和办理心愿。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Resident: %1 %2 %3</source>
        <translation>居民：%1 %2 %3</translation>
    </message>
    <message>
        <source>Branch: %1 · grid: %2 · estimated cost %3 yuan</source>
        <translation>党支部：%1 · 网格：%2 · 预计费用 %3 元</translation>
    </message>
    <message>
        <source>wished %1</source>
        <translation>%1 许愿</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>%1 发布</translation>
    </message>
    <message>
        <source>claimed %1 by %2</source>
        <translation>%1 由%2认领</translation>
    </message>
    <message>
        <source>fulfilled %1 (%2)</source>
        <translation>%1 完成（%2）</translation>
    </message>
    <message>
        <source>withdrawn %1: %2</source>
        <translation>%1 撤回：%2</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>居民反馈：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>照片 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Wishes made</source>
        <translation>许愿数</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（无网格）</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>整个工作区</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>照片未添加</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Back a stage</source>
        <translation>退回上一步</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; back from &quot;%2&quot; to the stage before?</source>
        <translation>将“%1”从“%2”退回上一步吗？</translation>
    </message>
</context>
</TS>
