<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalibrationView</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/learning/calibration_view.py" line="+148"/>
        <source>%n commitment(s) with an outcome and a score before it.</source>
        <translation>
            <numerusform>%n commitment with an outcome and a score before it.</numerusform>
            <numerusform>%n commitments with an outcome and a score before it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n outcome(s) left out: nobody had scored the commitment before it.</source>
        <translation>
            <numerusform>%n outcome left out: nobody had scored the commitment before it.</numerusform>
            <numerusform>%n outcomes left out: nobody had scored the commitment before it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/navigator/navigator_model.py" line="+199"/>
        <source>%n assessor(s)</source>
        <translation>
            <numerusform>%n assessor</numerusform>
            <numerusform>%n assessors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n factor(s) to discuss: the parties disagree by 2 levels or more</source>
        <translation>
            <numerusform>%n factor to discuss: the parties disagree by 2 levels or more</numerusform>
            <numerusform>%n factors to discuss: the parties disagree by 2 levels or more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/parties/compare_model.py" line="+223"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>members %n apart</source>
        <translation>
            <numerusform>members %n apart</numerusform>
            <numerusform>members %n apart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/dialogs/dialogs.py" line="+158"/>
        <source>&amp;Include the precedent library (%n past commitment(s))</source>
        <translation>
            <numerusform>&amp;Include the precedent library (%n past commitment)</numerusform>
            <numerusform>&amp;Include the precedent library (%n past commitments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/files/exchange_actions.py" line="+134"/>
        <location line="+110"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <location line="+110"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <location line="+110"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <location line="+111"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-107"/>
        <source>With the precedent library: %n past commitment(s).</source>
        <translation>
            <numerusform>With the precedent library: %n past commitment.</numerusform>
            <numerusform>With the precedent library: %n past commitments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Spreadsheet written: {path} (%n row(s))</source>
        <translation>
            <numerusform>Spreadsheet written: {path} (%n row)</numerusform>
            <numerusform>Spreadsheet written: {path} (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%n agreed consensus(es)</source>
        <translation>
            <numerusform>%n agreed consensus</numerusform>
            <numerusform>%n agreed consensuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deletion(s) or restoration(s)</source>
        <translation>
            <numerusform>%n deletion or restoration</numerusform>
            <numerusform>%n deletions or restorations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n precedent(s)</source>
        <translation>
            <numerusform>%n precedent</numerusform>
            <numerusform>%n precedents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n precedent(s) updated</source>
        <translation>
            <numerusform>%n precedent updated</numerusform>
            <numerusform>%n precedents updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorCard</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/assessment/factor_card.py" line="+386"/>
        <source>Wording findings: %n</source>
        <translation>
            <numerusform>Wording findings: %n</numerusform>
            <numerusform>Wording findings: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/commitment/findings_list.py" line="+316"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningHooks</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/learning/learning_hooks.py" line="+201"/>
        <source>%n precedent(s) added</source>
        <translation>
            <numerusform>%n precedent added</numerusform>
            <numerusform>%n precedents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n row(s) without an identifier.</source>
        <translation>
            <numerusform>Skipped %n row without an identifier.</numerusform>
            <numerusform>Skipped %n rows without an identifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The library now holds %n past commitment(s).</source>
        <translation>
            <numerusform>The library now holds %n past commitment.</numerusform>
            <numerusform>The library now holds %n past commitments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+276"/>
        <source>Delete the action plan “{title}” with its %n commitment(s)? Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Delete the action plan “{title}” with its %n commitment? Edit ▸ Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>Delete the action plan “{title}” with its %n commitments? Edit ▸ Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorWidget</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/navigator/navigator.py" line="+321"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrecedentsPanel</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/learning/precedents_panel.py" line="+135"/>
        <source>No similar past commitment among %n precedent(s).</source>
        <translation>
            <numerusform>No similar past commitment among %n precedent.</numerusform>
            <numerusform>No similar past commitment among %n precedents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n precedent(s) in the library.</source>
        <translation>
            <numerusform>%n precedent in the library.</numerusform>
            <numerusform>%n precedents in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Most similar of %n precedent(s):</source>
        <translation>
            <numerusform>Most similar of %n precedent:</numerusform>
            <numerusform>Most similar of %n precedents:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/assessment/verdict_panel.py" line="+191"/>
        <source>Incomplete: %n of {total} factors not assessed</source>
        <translation>
            <numerusform>Incomplete: %n of {total} factors not assessed</numerusform>
            <numerusform>Incomplete: %n of {total} factors not assessed</numerusform>
        </translation>
    </message>
</context>
</TS>
