<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../feasibility_app/ui/help/about.py" line="+17"/>
        <source>Feasibility {version} scores a draft Open Government Partnership commitment against six risk factors, so a forum sees before signing what could stop it.</source>
        <translation>Feasibility {version} avalia a minuta de um compromisso da Parceria para Governo Aberto segundo seis fatores de risco, para que o fórum veja antes de assinar o que poderia travá-lo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its scores are risk prompts for discussion, not predictions, until the forum&apos;s own calibration (the Track record tab) says otherwise.</source>
        <translation>Suas pontuações são alertas de risco para discussão, não previsões, até que a calibração do próprio fórum (a aba Trajetória) diga o contrário.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence: {licence}. Fonts: DejaVu Sans (Bitstream Vera licence).</source>
        <translation>Licença: {licence}. Fontes: DejaVu Sans (licença Bitstream Vera).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The factors and the sample plan come from the case study:
{citation}</source>
        <translation>Os fatores e o plano de exemplo vêm do estudo de caso:
{citation}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {location}</source>
        <translation>Banco de dados: {location}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder: {folder}</source>
        <translation>Pasta de dados: {folder}</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/assessment_panel.py" line="+388"/>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment by {name} ({role})</source>
        <translation>Avaliação de {name} ({role})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment by {name}</source>
        <translation>Avaliação de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{header} (read only)</source>
        <translation>{header} (somente leitura)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read only: this assessment cannot be edited here.</source>
        <translation>Somente leitura: esta avaliação não pode ser editada aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys 1–4 set the level of the highlighted factor (0 = not assessed); Tab moves on.</source>
        <translation>As teclas 1–4 definem o nível do fator destacado (0 = não avaliado); Tab passa ao próximo.</translation>
    </message>
</context>
<context>
    <name>AssessorBar</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/assessor_bar.py" line="+112"/>
        <source>{party} ({role})</source>
        <translation>{party} ({role})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Assessor</source>
        <translation>Avaliador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessor:</source>
        <translation>A&amp;valiador(a):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;rty:</source>
        <translation>Part&amp;e:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your name to score</source>
        <translation>Digite seu nome para avaliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor name</source>
        <translation>Nome do avaliador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose assessment is being edited</source>
        <translation>De quem é a avaliação que está sendo editada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor&apos;s party</source>
        <translation>Parte do avaliador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forum party (or role) the assessor speaks for</source>
        <translation>A parte do fórum (ou o papel) em nome da qual o avaliador fala</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose your party…</source>
        <translation>Escolha sua parte…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Score for another party?</source>
        <translation>Avaliar por outra parte?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} scored for {before} last time. Score for {now} from now on?</source>
        <translation>{name} avaliou por {before} da última vez. Avaliar por {now} daqui em diante?</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../../feasibility_app/ui/learning/calibration_view.py" line="+121"/>
        <source>{k} of {n} fell short ({lo}–{hi}%)</source>
        <translation>{k} de {n} ficaram aquém ({lo}–{hi}%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too few to say</source>
        <translation>poucos para concluir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Band at signing</source>
        <translation>Faixa na assinatura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fell short (95% interval)</source>
        <translation>Ficaram aquém (intervalo de 95%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Factor</source>
        <translation>Fator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rated high or critical</source>
        <translation>Com risco alto ou crítico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rated low or moderate</source>
        <translation>Com risco baixo ou moderado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No outcomes recorded yet: record what happened to each commitment (the Outcome panel, or IRM&apos;s reports) to build the forum&apos;s own track record.</source>
        <translation>Ainda não há resultados registrados: registre o que aconteceu com cada compromisso (o painel Resultado, ou os relatórios do IRM) para construir o histórico próprio do fórum.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n commitment(s) with an outcome and a score before it.</source>
        <translation>
            <numerusform>%n compromisso com um resultado e uma pontuação anterior a ele.</numerusform>
            <numerusform>%n compromissos com um resultado e uma pontuação anterior a ele.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too few outcomes to say (fewer than {threshold}): these counts are the record so far, not evidence that the scores predict anything.</source>
        <translation>Poucos resultados para concluir (menos de {threshold}): estas contagens são o registro até agora, não evidência de que as pontuações prevejam algo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Band at signing: {lock} from the forum&apos;s signing lock, {consensus} from the newest score before the outcome (no lock before it).</source>
        <translation>Faixa na assinatura: {lock} pelo bloqueio para assinatura do fórum, {consensus} pela pontuação mais recente antes do resultado (sem bloqueio anterior).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n outcome(s) left out: nobody had scored the commitment before it.</source>
        <translation>
            <numerusform>%n resultado deixado de fora: ninguém havia pontuado o compromisso antes.</numerusform>
            <numerusform>%n resultados deixados de fora: ninguém havia pontuado o compromisso antes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Track record: risks at signing against what happened</source>
        <translation>Histórico: riscos na assinatura frente ao que aconteceu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each commitment counts with the band the forum locked for signing before its outcome, else the band it had before the outcome (the newest agreed consensus then, else the parties&apos; result then); “fell short” means not started or limited.</source>
        <translation>Cada compromisso conta com a faixa que o fórum bloqueou para assinatura antes do seu resultado ou, na falta disso, com a faixa que tinha antes do resultado (o consenso acordado mais recente então ou, na falta dele, o resultado das partes então); “ficou aquém” significa não iniciado ou limitado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track record &amp;of:</source>
        <translation>Trajetória &amp;de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>Todos os planos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose track record</source>
        <translation>De quem é a trajetória</translation>
    </message>
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/commitment_page.py" line="+408"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draft text: what the commitment will do</source>
        <translation>Te&amp;xto do rascunho: o que o compromisso fará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public pr&amp;oblem it addresses</source>
        <translation>Pro&amp;blema público que enfrenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status &amp;quo (baseline) today</source>
        <translation>Situação at&amp;ual (linha de base)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it helps solve the problem</source>
        <translation>Co&amp;mo ajuda a resolver o problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead agency</source>
        <translation>Órgão &amp;responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agency&apos;s le&amp;vel of government (the text flags the others)</source>
        <translation>&amp;Nível de governo do órgão responsável (o texto aponta os demais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors: &amp;government</source>
        <translation>Outros atores: &amp;governo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors: &amp;civil society, private sector</source>
        <translation>Outros atores: s&amp;ociedade civil, setor privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>Or&amp;çamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>&amp;Fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt language</source>
        <translation>I&amp;dioma do texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add m&amp;ilestone</source>
        <translation>&amp;Adicionar marco</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open-government values:</source>
        <translation>Valores de governo aberto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Milestones: verifiable outputs with dates</source>
        <translation>Mar&amp;cos: produtos verificáveis com datas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove milestone</source>
        <translation>Remover marco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be done, by whom, with which verifiable product? (wording is checked as you type)</source>
        <translation>O que será feito, por quem e com qual produto verificável? (a redação é verificada enquanto você digita)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short name for the commitment</source>
        <translation>Um nome curto para o compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the money comes from, if known</source>
        <translation>De onde vem o dinheiro, se souber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in History</source>
        <translation>Ver no Histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare both texts in the History tab</source>
        <translation>Compare os dois textos na aba Histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../feasibility_app/ui/navigator/navigator_model.py" line="+141"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead agency</source>
        <translation>Órgão responsável</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall risk: the agreed or suggested consensus of the assessments</source>
        <translation>Risco geral: o consenso acordado ou sugerido das avaliações</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overall risk: {level}</source>
        <translation>Risco geral: {level}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall risk: {level} (score {score} of 4)</source>
        <translation>Risco geral: {level} (pontuação {score} de 4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incomplete: some factors are not assessed yet.</source>
        <translation>Incompleto: ainda há fatores não avaliados.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assessor(s)</source>
        <translation>
            <numerusform>%n avaliador</numerusform>
            <numerusform>%n avaliadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n factor(s) to discuss: the parties disagree by 2 levels or more</source>
        <translation>
            <numerusform>%n fator para discutir: as partes divergem em 2 níveis ou mais</numerusform>
            <numerusform>%n fatores para discutir: as partes divergem em 2 níveis ou mais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../feasibility_app/ui/parties/compare_model.py" line="+190"/>
        <source>Spread</source>
        <translation>Dispersão</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Discuss</source>
        <translation>Discutir</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was agreed</source>
        <translation>Como foi acordado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels between the most and the least worried party.</source>
        <translation>Níveis de diferença entre a parte mais preocupada e a menos preocupada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked when the parties are two or more levels apart.</source>
        <translation>Marcado quando as partes estão a dois ou mais níveis de distância.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+161"/>
        <source>The median of the parties&apos; levels, rounded towards more risk.</source>
        <translation>A mediana dos níveis das partes, arredondada para mais risco.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>The level the forum agrees on; starts at the suggested level.</source>
        <translation>O nível que o fórum acorda; começa no nível sugerido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the level was agreed. Required when a party&apos;s block (critical) is set aside.</source>
        <translation>Como o nível foi acordado. Obrigatório quando o bloqueio (crítico) de uma parte é deixado de lado.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n integrante</numerusform>
            <numerusform>%n integrantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ earlier text</source>
        <translation>⚠ texto anterior</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members: {names}. The party speaks with one voice: their median.</source>
        <translation>Integrantes: {names}. A parte fala com uma só voz: a mediana deles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A member&apos;s assessment scored an earlier revision of the text: re-score it in History.</source>
        <translation>A avaliação de um integrante pontuou uma revisão anterior do texto: reavalie-a no Histórico.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>members %n apart</source>
        <translation>
            <numerusform>integrantes a %n nível</numerusform>
            <numerusform>integrantes a %n níveis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A member of {party} rates this factor critical: the party&apos;s block. The consensus cannot average it away; agreeing below critical needs a note saying how it was resolved, and {party} accepting it.</source>
        <translation>Um integrante de {party} classifica este fator como crítico: é o bloqueio da parte. O consenso não pode diluí-lo na média; acordar abaixo de crítico exige uma nota dizendo como foi resolvido e que {party} o aceite.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>Levels between the parties: {n}</source>
        <translation>Níveis de diferença entre as partes: {n}</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>{party} ({role}); its colour in the radar chart.</source>
        <translation>{party} ({role}); sua cor no gráfico de radar.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{level} · BLOCK</source>
        <translation>{level} · BLOQUEIO</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scored an earlier text.</source>
        <translation>Avaliou um texto anterior.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The parties are two or more levels apart: discuss before agreeing.</source>
        <translation>As partes estão a dois ou mais níveis de distância: discutam antes de acordar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Blocked by {parties}: the suggestion does not remove the block.</source>
        <translation>Bloqueado por {parties}: a sugestão não remove o bloqueio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The suggested level. Choose another if the forum agrees on it.</source>
        <translation>O nível sugerido. Escolha outro se o fórum assim acordar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed from the suggested level ({level}).</source>
        <translation>Alterado em relação ao nível sugerido ({level}).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Needed: how was the block by {parties} resolved?</source>
        <translation>Falta: como foi resolvido o bloqueio de {parties}?</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Double-click to write how the forum agreed this level.</source>
        <translation>Clique duas vezes para escrever como o fórum acordou este nível.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../feasibility_app/ui/parties/compare_view.py" line="+285"/>
        <source>Compare the parties&apos; scores</source>
        <translation>Comparar as pontuações das partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record agreed consensus…</source>
        <translation>Registrar o consenso acordado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The facilitator records the Agreed column and the notes as the forum&apos;s consensus for the current text, with the parties present.</source>
        <translation>A pessoa facilitadora registra a coluna Acordado e as notas como o consenso do fórum sobre o texto atual, com as partes presentes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the chart and the explanations under the table. On a short projector they fold away, so all six factors and the buttons stay in view.</source>
        <translation>Mostra o gráfico e as explicações sob a tabela. Em um projetor baixo elas se recolhem, para que os seis fatores e os botões continuem visíveis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock for signing…</source>
        <translation>Bloquear para assinatura…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze the current text and its consensus for signing; the report then carries its fingerprint and a signature line per party. A later edit supersedes the lock.</source>
        <translation>Congela o texto atual e seu consenso para assinatura; o relatório passa a trazer sua impressão digital e uma linha de assinatura por parte. Uma edição posterior supera o bloqueio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One column per party: its members&apos; median. Discuss: the parties are two or more levels apart. BLOCK: a member of the party rates the factor critical; the suggested level is then critical. Agreed starts at the suggested level: choose another where the forum agrees, with a note and the blocking party&apos;s acceptance.</source>
        <translation>Uma coluna por parte: a mediana de seus integrantes. Discutir: as partes estão a dois ou mais níveis de distância. BLOQUEIO: um integrante da parte classifica o fator como crítico; o nível sugerido é então crítico. Acordado começa no nível sugerido: escolha outro onde o fórum concordar, com uma nota e a aceitação da parte que bloqueia.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Agreed consensus</source>
        <translation>Consenso acordado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No party has scored this commitment yet.</source>
        <translation>Nenhuma parte avaliou este compromisso ainda.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⚠ Scored an earlier text: {parties}. Their levels may not fit the current draft; re-score them in History before agreeing.</source>
        <translation>⚠ Avaliaram um texto anterior: {parties}. Os níveis delas podem não corresponder ao rascunho atual; pontue-as de novo em Histórico antes de acordar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write how the forum resolved the block for: {factors}.</source>
        <translation>Escreva como o fórum resolveu o bloqueio em: {factors}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The current text is locked for signing: edit it first.</source>
        <translation>O texto atual está bloqueado para assinatura: edite-o primeiro.</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/parties/compare_texts.py" line="+71"/>
        <source>The forum&apos;s consensus of {date} scored an earlier text: it is not the result. Agreed starts at the suggested level again.</source>
        <translation>O consenso do fórum de {date} avaliou um texto anterior: não é o resultado. Acordado volta a começar no nível sugerido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consensus recorded on {when}, facilitated by {who}; Agreed shows it.</source>
        <translation>Consenso registrado em {when}, facilitado por {who}; Acordado o mostra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locked for signing on {when} by {who}.</source>
        <translation>Bloqueado para assinatura em {when} por {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed since: change a level or a note to record again.</source>
        <translation>Nada mudou desde então: mude um nível ou uma nota para registrar de novo.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Parties that scored it: {n} ({people} people; each party counts once).</source>
        <translation>Partes que o avaliaram: {n} ({people} pessoas; cada parte conta uma vez).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Factors to discuss: {n}.</source>
        <translation>Fatores para discutir: {n}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blocks (rated critical): {blocks}.</source>
        <translation>Bloqueios (classificados como críticos): {blocks}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No factor is two or more levels apart.</source>
        <translation>Nenhum fator tem dois ou mais níveis de diferença.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No consensus recorded yet: Agreed starts at the suggested level.</source>
        <translation>Nenhum consenso registrado ainda: Acordado começa no nível sugerido.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Suggested level accepted ({level}).</source>
        <translation>Nível sugerido aceito ({level}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed {agreed}; the suggested level was {suggested}.</source>
        <translation>Acordado: {agreed}; o nível sugerido era {suggested}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parties: {levels}.</source>
        <translation>Partes: {levels}.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <location filename="../../feasibility_app/ui/window/database_opening.py" line="+100"/>
        <source>The backup cannot be restored</source>
        <translation>Não é possível restaurar o backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring {backup} failed: {reason}</source>
        <translation>Falha ao restaurar {backup}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a Feasibility database</source>
        <translation>Escolha um banco de dados do Feasibility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feasibility databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bancos de dados do Feasibility (*.db *.sqlite);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../feasibility_app/ui/dialogs/dialogs.py" line="+119"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>&amp;Include the precedent library (%n past commitment(s))</source>
        <translation>
            <numerusform>&amp;Incluir a biblioteca de precedentes (%n compromisso anterior)</numerusform>
            <numerusform>&amp;Incluir a biblioteca de precedentes (%n compromissos anteriores)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OGP&apos;s past commitments imported with File ▸ Import precedents…; the other laptop adds new ones and updates changed ones by identifier.</source>
        <translation>Os compromissos anteriores da OGP importados com Arquivo ▸ Importar precedentes…; o outro computador adiciona os novos e atualiza os alterados pelo identificador.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database cannot be opened</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility cannot open its database. Nothing was changed in the file.</source>
        <translation>O Feasibility não consegue abrir seu banco de dados. Nada foi alterado no arquivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest backup is {name}. Opening it keeps the damaged file beside it, renamed.</source>
        <translation>O backup mais recente é {name}. Ao abri-lo, o arquivo danificado é mantido ao lado, com outro nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the newest backup</source>
        <translation>Abrir o backup mais recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file…</source>
        <translation>Escolher outro arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Report written</source>
        <translation>Relatório salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was saved as {path}.</source>
        <translation>O relatório foi salvo como {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF now</source>
        <translation>Abrir o PDF agora</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/draft_editor.py" line="+183"/>
        <source>Draft text</source>
        <translation>Texto do rascunho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risky wording is highlighted as you type; the findings are listed beside the text.</source>
        <translation>A redação arriscada é destacada enquanto você digita; os alertas aparecem ao lado do texto.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Text language: {language} (chosen), but the text reads as {detected}</source>
        <translation>Idioma do texto: {language} (escolhido), mas o texto parece estar em {detected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {detected}</source>
        <translation>Usar {detected}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text language: {language} (chosen)</source>
        <translation>Idioma do texto: {language} (escolhido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text language: {language} (detected from the text)</source>
        <translation>Idioma do texto: {language} (detectado no texto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text language: {language} (too little text to tell)</source>
        <translation>Idioma do texto: {language} (texto curto demais para saber)</translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/mitigations_table.py" line="+42"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../feasibility_app/ui/files/exchange_actions.py" line="+67"/>
        <source>all-plans</source>
        <translation>todos-os-planos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The exchange file was not used</source>
        <translation>O arquivo de intercâmbio não foi usado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}
Nothing was changed in the database.</source>
        <translation>{reason}
Nada foi alterado no banco de dados.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export exchange file</source>
        <translation>Exportar arquivo de intercâmbio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feasibility exchange files (*.json)</source>
        <translation>Arquivos de intercâmbio do Feasibility (*.json)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exchange file written</source>
        <translation>Arquivo de intercâmbio salvo</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{path}
{plans}, {commitments}, {revisions}, {assessments}.
Give it to the other laptops: File ▸ Import exchange file… adds what they lack.</source>
        <translation>{path}
{plans}, {commitments}, {revisions}, {assessments}.
Passe-o para os outros notebooks: Arquivo ▸ Importar arquivo de intercâmbio… adiciona o que falta neles.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+110"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plano</numerusform>
            <numerusform>%n planos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <location line="+110"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n compromisso</numerusform>
            <numerusform>%n compromissos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <location line="+110"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n versão</numerusform>
            <numerusform>%n versões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <location line="+111"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n avaliação</numerusform>
            <numerusform>%n avaliações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-107"/>
        <source>With the precedent library: %n past commitment(s).</source>
        <translation>
            <numerusform>Com a biblioteca de precedentes: %n compromisso anterior.</numerusform>
            <numerusform>Com a biblioteca de precedentes: %n compromissos anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Writing {name}…</source>
        <translation>Gerando {name}…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Export spreadsheet (CSV)</source>
        <translation>Exportar planilha (CSV)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Planilhas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Spreadsheet written: {path} (%n row(s))</source>
        <translation>
            <numerusform>Planilha salva: {path} (%n linha)</numerusform>
            <numerusform>Planilha salva: {path} (%n linhas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>Import exchange file</source>
        <translation>Importar arquivo de intercâmbio</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Feasibility exchange files (*.json);;All files (*)</source>
        <translation>Arquivos de intercâmbio do Feasibility (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to import</source>
        <translation>Nada a importar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing in this database is overwritten or deleted. Import now?</source>
        <translation>Nada neste banco de dados é sobrescrito ou excluído. Importar agora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {name}…</source>
        <translation>Verificando {name}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exchange file imported</source>
        <translation>Arquivo de intercâmbio importado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n agreed consensus(es)</source>
        <translation>
            <numerusform>%n consenso acordado</numerusform>
            <numerusform>%n consensos acordados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deletion(s) or restoration(s)</source>
        <translation>
            <numerusform>%n exclusão ou restauração</numerusform>
            <numerusform>%n exclusões ou restaurações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n precedent(s)</source>
        <translation>
            <numerusform>%n precedente</numerusform>
            <numerusform>%n precedentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n precedent(s) updated</source>
        <translation>
            <numerusform>%n precedente atualizado</numerusform>
            <numerusform>%n precedentes atualizados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} adds nothing new: this database already has all of it.</source>
        <translation>{name} não acrescenta nada de novo: este banco de dados já tem tudo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} would add: {what}.</source>
        <translation>{name} acrescentaria: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added from {name}: {what}.</source>
        <translation>Acrescentado de {name}: {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan “{title}” has other settings here; the local ones are kept.</source>
        <translation>O plano “{title}” tem outras configurações aqui; as locais são mantidas.</translation>
    </message>
</context>
<context>
    <name>FacilitationDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/parties/consensus_dialog.py" line="+99"/>
        <source>Record the forum&apos;s consensus</source>
        <translation>Registrar o consenso do fórum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitated by:</source>
        <translation>&amp;Facilitado por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who facilitated the agreement</source>
        <translation>A pessoa que facilitou o acordo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties present</source>
        <translation>Partes presentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks set aside: the blocking party accepts</source>
        <translation>Bloqueios deixados de lado: a parte que bloqueia aceita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record consensus</source>
        <translation>&amp;Registrar consenso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the facilitator.</source>
        <translation>Indique quem facilitou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the parties present.</source>
        <translation>Marque as partes presentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every blocking party must be present and accept.</source>
        <translation>Toda parte que bloqueia deve estar presente e aceitar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording confirms that the parties present agreed these levels.</source>
        <translation>Registrar confirma que as partes presentes acordaram estes níveis.</translation>
    </message>
</context>
<context>
    <name>FactorCard</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/factor_card.py" line="+356"/>
        <source>Not assessed yet. Choose the level whose description fits best (keys 1–4, 0 to clear).</source>
        <translation>Ainda não avaliado. Escolha o nível cuja descrição se encaixa melhor (teclas 1–4; 0 para limpar).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Description of the chosen level</source>
        <translation>Descrição do nível escolhido</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not assessed.</source>
        <translation>Não avaliado.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Wording findings: %n</source>
        <translation>
            <numerusform>Alertas de redação: %n</numerusform>
            <numerusform>Alertas de redação: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wording checks flagged phrases in the draft text that bear on this factor.</source>
        <translation>A verificação de redação marcou frases do texto do rascunho que dizem respeito a este fator.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Factor: {factor}</source>
        <translation>Fator: {factor}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key {digit}</source>
        <translation>Tecla {digit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{factor}: {level}</source>
        <translation>{factor}: {level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No level yet.</source>
        <translation>Ainda sem nível.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{meaning} Key {digit}.</source>
        <translation>{meaning} Tecla {digit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence:</source>
        <translation>Evidência:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence: {basis}</source>
        <translation>Evidência: {basis}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rationale</source>
        <translation>Justificativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this level? Cite facts the forum can check.</source>
        <translation>Por que este nível? Cite fatos que o fórum possa verificar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rationale for {factor}</source>
        <translation>Justificativa para {factor}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigations</source>
        <translation>Medidas de mitigação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add mitigation</source>
        <translation>Adicionar medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a mitigation for {factor}</source>
        <translation>Adicionar uma medida de mitigação para {factor}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected mitigations</source>
        <translation>Remover as medidas selecionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mitigations recorded.</source>
        <translation>Nenhuma medida de mitigação registrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date, YYYY-MM-DD</source>
        <translation>Prazo, AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigations for {factor}</source>
        <translation>Medidas de mitigação para {factor}</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/findings_list.py" line="+298"/>
        <source>Wording findings</source>
        <translation>Alertas de redação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risky phrases in the draft text. Press Enter to select a phrase in the draft.</source>
        <translation>Frases arriscadas no texto do rascunho. Pressione Enter para selecionar uma frase no rascunho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No wording findings.</source>
        <translation>Nenhum alerta de redação.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/findings_model.py" line="+121"/>
        <source>Drafting</source>
        <translation>Redação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{phrase}”</source>
        <translation>“{phrase}”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{severity}: {factor} {phrase}. {message}</source>
        <translation>{severity}: {factor} {phrase}. {message}</translation>
    </message>
</context>
<context>
    <name>ForumRefused</name>
    <message>
        <location filename="../../feasibility_app/ui/common/errors.py" line="+55"/>
        <source>Name the person who facilitated the agreement.</source>
        <translation>Informe quem facilitou o acordo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the parties present.</source>
        <translation>Marque as partes presentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{factor}: write how the block by {parties} was resolved.</source>
        <translation>{factor}: escreva como o bloqueio de {parties} foi resolvido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{factor}: {parties} must be present and accept a level below critical.</source>
        <translation>{factor}: {parties} deve estar presente e aceitar um nível abaixo de crítico.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current text is locked for signing; edit it to record a new consensus.</source>
        <translation>O texto atual está bloqueado para assinatura; edite-o para registrar um novo consenso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This consensus is already recorded; change something first.</source>
        <translation>Este consenso já está registrado; altere algo primeiro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the forum&apos;s consensus on the current text before locking it for signing.</source>
        <translation>Registre o consenso do fórum sobre o texto atual antes de bloqueá-lo para assinatura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current text is already locked for signing.</source>
        <translation>O texto atual já está bloqueado para assinatura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name who locks the text for signing.</source>
        <translation>Informe quem bloqueia o texto para assinatura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name who marks the edit as editorial.</source>
        <translation>Informe quem marca a edição como editorial.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This edit is already marked as editorial.</source>
        <translation>Esta edição já está marcada como editorial.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first text of a commitment has no earlier text to be editorial to.</source>
        <translation>O primeiro texto de um compromisso não tem um texto anterior do qual seja uma edição editorial.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/help/guide.py" line="+143"/>
        <source>Feasibility help</source>
        <translation>Ajuda do Feasibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rubric reference</source>
        <translation>&amp;Referência da rubrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric reference: the four levels of every factor</source>
        <translation>Referência da rubrica: os quatro níveis de cada fator</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../feasibility_app/ui/parties/history_view.py" line="+199"/>
        <source>History of the text</source>
        <translation>Histórico do texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a revision to see what it changed, or two revisions (Ctrl+click) to compare them. Under each revision: the assessments that scored it.</source>
        <translation>Selecione uma versão para ver o que ela mudou, ou duas versões (Ctrl+clique) para compará-las. Abaixo de cada versão: as avaliações que a pontuaram.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author / assessor</source>
        <translation>Autor(a) / avaliador(a)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revision {n}</source>
        <translation>Versão {n}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(unknown author)</source>
        <translation>(autor desconhecido)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>current</source>
        <translation>atual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current text: new assessments score this revision.</source>
        <translation>O texto atual: as novas avaliações pontuam esta versão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parallel edit</source>
        <translation>edição paralela</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>based on {rev}</source>
        <translation>baseada em {rev}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first version</source>
        <translation>a primeira versão</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown revision</source>
        <translation>Versão desconhecida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The newest is current; compare them (Ctrl+click both) and merge by hand if needed.</source>
        <translation>A mais recente é a atual; compare-as (Ctrl+clique nas duas) e mescle à mão se for preciso.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Parallel edit: {revisions} were each based on {parent}.</source>
        <translation>Edição paralela: {revisions} se basearam, cada uma, em {parent}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown revision</source>
        <translation>uma versão desconhecida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark as editorial…</source>
        <translation>Marcar como editorial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only typos, punctuation or formatting changed: the earlier scores count.</source>
        <translation>Só mudaram erros de digitação, pontuação ou formatação: as pontuações anteriores continuam valendo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreed consensus</source>
        <translation>Consenso acordado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>superseded</source>
        <translation>substituída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A newer assessment by the same assessor replaces this one.</source>
        <translation>Uma avaliação mais recente do mesmo avaliador substitui esta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scored an earlier text</source>
        <translation>avaliou um texto anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment scored an earlier revision; the text has changed since.</source>
        <translation>Esta avaliação pontuou uma versão anterior; o texto mudou desde então.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scores the current text</source>
        <translation>avalia o texto atual</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-score</source>
        <translation>Pontuar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new assessment of the current text by {who}, from these scores.</source>
        <translation>Inicia uma nova avaliação do texto atual por {who}, a partir destas pontuações.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record a new agreed consensus in Compare.</source>
        <translation>Registre um novo consenso acordado em Comparar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No revisions.</source>
        <translation>Nenhuma versão.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a revision.</source>
        <translation>Selecione uma versão.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{rev} by {author}, {when}: the first version of the text.</source>
        <translation>{rev}, de {author}, {when}: a primeira versão do texto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes from {old} ({old_author}, {old_when}) to {new} ({new_author}, {new_when})</source>
        <translation>Alterações de {old} ({old_author}, {old_when}) para {new} ({new_author}, {new_when})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public problem</source>
        <translation>Problema público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status quo</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the commitment does (draft text)</source>
        <translation>O que o compromisso faz (texto do rascunho)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it helps solve the problem</source>
        <translation>Como ajuda a resolver o problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agency</source>
        <translation>Órgão responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors: government</source>
        <translation>Outros atores: governo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors: civil society</source>
        <translation>Outros atores: sociedade civil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-government values</source>
        <translation>Valores de governo aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No differences in the text.</source>
        <translation>Nenhuma diferença no texto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Green, underlined: added. Red, struck through: removed.</source>
        <translation>Verde e sublinhado: adicionado. Vermelho e riscado: removido.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added: {m}</source>
        <translation>Adicionado: {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {m}</source>
        <translation>Removido: {m}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New dates: {old} → {new}</source>
        <translation>Novas datas: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/parties/history_rows.py" line="+25"/>
        <source>editorial, marked by {who}</source>
        <translation>editorial, marcada por {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked as an editorial edit on {when}: the earlier text&apos;s scores still count.</source>
        <translation>Marcada como edição editorial em {when}: as pontuações do texto anterior continuam valendo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lock superseded</source>
        <translation>bloqueio superado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked for signing</source>
        <translation>bloqueada para assinatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked for signing on {when}; fingerprint {fp}</source>
        <translation>Bloqueada para assinatura em {when}; impressão digital {fp}</translation>
    </message>
</context>
<context>
    <name>IrmPrecheckBox</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/assessment_panel.py" line="-207"/>
        <source>IRM pre-check</source>
        <translation>Pré-verificação do IRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the Independent Reporting Mechanism will ask after submission, asked before signing.</source>
        <translation>O que o Mecanismo de Revisão Independente perguntará após o envio, perguntado antes da assinatura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifiable?</source>
        <translation>Verificável?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Não se sabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifiable: {answer}</source>
        <translation>Verificável: {answer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could someone check, from the text alone, whether it was done? The wording checks help.</source>
        <translation>Alguém conseguiria verificar, só pelo texto, se foi cumprido? A verificação de redação ajuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open-government values</source>
        <translation>Valores de governo aberto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why these values?</source>
        <translation>Por que estes valores?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the commitment serves each value you ticked.</source>
        <translation>Como o compromisso serve a cada valor que você marcou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-government lens note</source>
        <translation>Nota sobre a lente de governo aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential for results:</source>
        <translation>Potencial de resultados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential for results</source>
        <translation>Potencial de resultados</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../feasibility_app/ui/window/language_menu.py" line="+41"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../../feasibility_app/ui/learning/labels.py" line="+10"/>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substantial</source>
        <translation>Substancial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Worsened</source>
        <translation>Piorou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not change</source>
        <translation>Não mudou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Excepcional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mid-term (progress report)</source>
        <translation>Meio do mandato (relatório de progresso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of term</source>
        <translation>Fim do mandato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk prompts for discussion, not predictions: what happened to similar commitments is a reason to ask questions, not a forecast.</source>
        <translation>Alertas de risco para discussão, não previsões: o que aconteceu com compromissos semelhantes é um motivo para fazer perguntas, não uma previsão.</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/learning/learning_hooks.py" line="+69"/>
        <source>Precedents</source>
        <translation>Precedentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Track record</source>
        <translation>&amp;Trajetória</translation>
    </message>
</context>
<context>
    <name>LearningHooks</name>
    <message>
        <location line="+71"/>
        <source>Outcome recorded.</source>
        <translation>Resultado registrado.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import precedents (OGP&apos;s IRM commitment data)</source>
        <translation>Importar precedentes (dados de compromissos do IRM da OGP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Planilhas (*.csv *.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n precedent(s) added</source>
        <translation>
            <numerusform>%n precedente adicionado</numerusform>
            <numerusform>%n precedentes adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n atualizado</numerusform>
            <numerusform>%n atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n row(s) without an identifier.</source>
        <translation>
            <numerusform>%n linha sem identificador foi ignorada.</numerusform>
            <numerusform>%n linhas sem identificador foram ignoradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The library now holds %n past commitment(s).</source>
        <translation>
            <numerusform>A biblioteca agora tem %n compromisso anterior.</numerusform>
            <numerusform>A biblioteca agora tem %n compromissos anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedents imported</source>
        <translation>Precedentes importados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file was not imported</source>
        <translation>O arquivo não foi importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}
Nothing was changed in the database.</source>
        <translation>{reason}
Nada foi alterado no banco de dados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import p&amp;recedents…</source>
        <translation>Importar prece&amp;dentes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read OGP&apos;s IRM commitment data (.csv or .xlsx) to see how similar commitments fared</source>
        <translation>Ler os dados de compromissos do IRM da OGP (.csv ou .xlsx) para ver como se saíram compromissos semelhantes</translation>
    </message>
</context>
<context>
    <name>LevelCombo</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/choice_combos.py" line="+57"/>
        <source>Federal / national</source>
        <translation>Federal / nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State / provincial</source>
        <translation>Estadual / provincial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal / local</source>
        <translation>Municipal / local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the plan: {level}</source>
        <translation>Como o plano: {level}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../feasibility_app/ui/window/building.py" line="+51"/>
        <location line="+2"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Compromisso</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+187"/>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Desfazer: {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Refazer: {action}</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/startup.py" line="+61"/>
        <source>Opening the database…</source>
        <translation>Abrindo o banco de dados…</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../feasibility_app/ui/window/workflows.py" line="+70"/>
        <source>Cannot read the database</source>
        <translation>Não é possível ler o banco de dados</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+56"/>
        <location filename="../../feasibility_app/ui/window/reactions.py" line="+58"/>
        <location filename="../../feasibility_app/ui/window/workflows.py" line="+104"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/reactions.py" line="+2"/>
        <source>{title} — Feasibility</source>
        <translation>{title} — Feasibility</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feasibility</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved {time}</source>
        <translation>Salvo às {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason} Your edits are kept here; saving is retried.</source>
        <translation>Não salvo: {reason} Suas alterações são mantidas aqui; o salvamento será tentado de novo.</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/workflows.py" line="-34"/>
        <source>{who} saved a parallel edit at {time}. Both versions are kept: nothing was overwritten.</source>
        <translation>{who} salvou uma edição paralela às {time}. As duas versões são mantidas: nada foi sobrescrito.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New commitment</source>
        <translation>Novo compromisso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete commitment</source>
        <translation>Excluir compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” with its assessments? Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Excluir “{title}” com suas avaliações? Editar ▸ Desfazer (Ctrl+Z) o traz de volta.</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+1"/>
        <location filename="../../feasibility_app/ui/window/workflows.py" line="+3"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/building.py" line="+9"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>H&amp;istory</source>
        <translation>H&amp;istórico</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/reactions.py" line="+29"/>
        <source>To score, type your name in the Assessor box of the toolbar (Alt+A).</source>
        <translation>Para avaliar, digite seu nome na caixa Avaliador(a) da barra de ferramentas (Alt+V).</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="-7"/>
        <source>Delete plan</source>
        <translation>Excluir plano</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the action plan “{title}” with its %n commitment(s)? Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Excluir o plano de ação “{title}” com seu %n compromisso? Editar ▸ Desfazer (Ctrl+Z) o traz de volta.</numerusform>
            <numerusform>Excluir o plano de ação “{title}” com seus %n compromissos? Editar ▸ Desfazer (Ctrl+Z) os traz de volta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/workflows.py" line="-43"/>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/helping.py" line="+36"/>
        <source>About Feasibility</source>
        <translation>Sobre o Feasibility</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/actions.py" line="+124"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New data&amp;base…</source>
        <translation>Novo &amp;banco de dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start another database file, empty or with the case study&apos;s sample plan</source>
        <translation>Começar outro arquivo de banco de dados, vazio ou com o plano de exemplo do estudo de caso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open dat&amp;abase…</source>
        <translation>Abrir o&amp;utro banco de dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work in another Feasibility database file</source>
        <translation>Trabalhar em outro arquivo de banco de dados do Feasibility</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;plan…</source>
        <translation>Novo &amp;plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an action plan with its forum&apos;s parties</source>
        <translation>Criar um plano de ação com as partes do seu fórum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete plan…</source>
        <translation>Excluir pl&amp;ano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen action plan with its commitments (undo restores it)</source>
        <translation>Excluir o plano de ação escolhido com seus compromissos (desfazer o restaura)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan &amp;settings…</source>
        <translation>C&amp;onfigurações do plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, period, factor weights and forum parties of the chosen action plan</source>
        <translation>Título, período, pesos dos fatores e partes do fórum do plano de ação escolhido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport exchange file…</source>
        <translation>Exportar arquivo de &amp;intercâmbio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan&apos;s commitments and scores for another laptop</source>
        <translation>Salvar os compromissos e as pontuações do plano para outro notebook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import exchange file…</source>
        <translation>I&amp;mportar arquivo de intercâmbio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what another laptop&apos;s exchange file has; nothing here is overwritten</source>
        <translation>Acrescentar o que o arquivo de intercâmbio de outro notebook tem; nada aqui é sobrescrito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export spreadsheet (&amp;CSV)…</source>
        <translation>Exportar planilha (&amp;CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per commitment and factor, for a spreadsheet</source>
        <translation>Uma linha por compromisso e fator, para uma planilha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New commitment</source>
        <translation>&amp;Novo compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a draft commitment to the plan</source>
        <translation>Adicionar um rascunho de compromisso ao plano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete commitment…</source>
        <translation>&amp;Excluir compromisso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it (undo restores it)</source>
        <translation>Excluí-lo (desfazer o restaura)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export report…</source>
        <translation>Exportar &amp;relatório…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this commitment&apos;s risk report as PDF</source>
        <translation>Gerar o relatório de riscos deste compromisso em PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the whole action plan&apos;s portfolio report as PDF</source>
        <translation>Gerar em PDF o relatório de carteira de todo o plano de ação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find commitment</source>
        <translation>&amp;Buscar compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the navigator&apos;s filter box</source>
        <translation>Ir para a caixa de busca do navegador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to commitment…</source>
        <translation>&amp;Ir para compromisso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another commitment by typing part of its title (Ctrl+K)</source>
        <translation>Escolher outro compromisso digitando parte do título (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next co&amp;mmitment</source>
        <translation>Próximo compro&amp;misso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous comm&amp;itment</source>
        <translation>Compromisso ant&amp;erior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment &amp;tab</source>
        <translation>Aba &amp;Compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare t&amp;ab</source>
        <translation>Aba C&amp;omparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History ta&amp;b</source>
        <translation>Aba &amp;Histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presentation mode</source>
        <translation>Modo de a&amp;presentação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text and stronger contrast for a projector (F11)</source>
        <translation>Texto maior e mais contraste para um projetor (F11)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;xt factor</source>
        <translation>Pró&amp;ximo fator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;revious factor</source>
        <translation>Fator &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Feasibility</source>
        <translation>&amp;Sobre o Feasibility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How scoring, blocks and consensus work; the shortcuts (F1)</source>
        <translation>Como funcionam a avaliação, os bloqueios e o consenso; os atalhos (F1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rubric reference</source>
        <translation>&amp;Referência da rubrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four levels of every factor side by side (Shift+F1)</source>
        <translation>Os quatro níveis de cada fator lado a lado (Shift+F1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pr&amp;int…</source>
        <translation>Imprimir rela&amp;tório…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this commitment&apos;s risk report</source>
        <translation>Imprimir o relatório de risco deste compromisso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See the printed risk report before printing</source>
        <translation>Ver o relatório de risco como será impresso</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Visualizar impressão…</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="-53"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/actions.py" line="-45"/>
        <source>Export plan rep&amp;ort…</source>
        <translation>Exportar relatório do p&amp;lano…</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+95"/>
        <source>Save status</source>
        <translation>Estado do salvamento</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/database_switch.py" line="+50"/>
        <source>There is already a file there</source>
        <translation>Já existe um arquivo aí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} exists. A new database needs a new file name; to open that file, choose File ▸ Open database…</source>
        <translation>{path} já existe. Um banco de dados novo precisa de um nome de arquivo novo; para abrir esse arquivo, escolha Arquivo ▸ Abrir banco de dados…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open a Feasibility database</source>
        <translation>Abrir um banco de dados do Feasibility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feasibility databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bancos de dados do Feasibility (*.db *.sqlite *.sqlite3);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such file</source>
        <translation>O arquivo não existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file at {path}. To start a new one, choose File ▸ New database…</source>
        <translation>Não há nenhum arquivo em {path}. Para começar um novo, escolha Arquivo ▸ Novo banco de dados…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+32"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last changes could not be saved: {reason}
Open the other database and lose them?</source>
        <translation>Suas últimas alterações não puderam ser salvas: {reason}
Abrir o outro banco de dados e perdê-las?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open without saving</source>
        <translation>Abrir sem salvar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is already open.</source>
        <translation>{path} já está aberto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the open database</source>
        <translation>Continuar com o banco de dados aberto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opened {path}</source>
        <translation>Aberto: {path}</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+1"/>
        <source>Your last changes could not be saved: {reason}
Close anyway and lose them?</source>
        <translation>Não foi possível salvar suas últimas alterações: {reason}
Fechar mesmo assim e perdê-las?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/milestones_model.py" line="+96"/>
        <source>Output (verifiable product)</source>
        <translation>Entrega (produto verificável)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No date: IRM cannot verify a milestone without one (YYYY-MM-DD)</source>
        <translation>Sem data: o IRM não pode verificar um marco sem data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the plan&apos;s period</source>
        <translation>Fora do período do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date as YYYY-MM-DD</source>
        <translation>Data no formato AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>NavigatorWidget</name>
    <message>
        <location filename="../../feasibility_app/ui/navigator/navigator.py" line="+195"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a commitment, agency or word (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F): compromisso, órgão, palavra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>Filtrar compromissos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan shown</source>
        <translation>Plano de ação exibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>All plans</source>
        <translation>Todos os planos</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n compromisso</numerusform>
            <numerusform>%n compromissos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/dialogs/new_database.py" line="+70"/>
        <location line="+18"/>
        <source>New database</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A new database file, for another workshop or plan. The one open now stays as it is; File ▸ Open database… comes back to it.</source>
        <translation>Um arquivo de banco de dados novo, para outra oficina ou outro plano. O que está aberto agora fica como está; Arquivo ▸ Abrir banco de dados… volta a ele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start with the case study&apos;s sample plan</source>
        <translation>&amp;Começar com o plano de exemplo do estudo de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feasibility databases (*.db *.sqlite)</source>
        <translation>Bancos de dados do Feasibility (*.db *.sqlite)</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/dialogs/dialogs.py" line="+58"/>
        <source>Government</source>
        <translation>Governo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil society</source>
        <translation>Sociedade civil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New action plan</source>
        <translation>Novo plano de ação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Third National Action Plan 2016–2018</source>
        <translation>ex.: Terceiro Plano de Ação 2016–2018</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parties of the forum (who negotiates the plan):</source>
        <translation>Pa&amp;rtes do fórum (quem negocia o plano):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add party</source>
        <translation>&amp;Adicionar parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove party</source>
        <translation>Re&amp;mover parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan title</source>
        <translation>Título do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan start date</source>
        <translation>Data de início do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan end date</source>
        <translation>Data de término do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../feasibility_app/ui/learning/outcome_panel.py" line="+155"/>
        <source>No outcome recorded for this commitment yet.</source>
        <translation>Ainda não há resultado registrado para este compromisso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{stage}, {date}: {completion}</source>
        <translation>{stage}, {date}: {completion}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opened government: {value}</source>
        <translation>abriu o governo: {value}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What happened to this commitment, from IRM&apos;s reports or the forum&apos;s own review. Each record is kept; the newest per stage counts in the track record.</source>
        <translation>O que aconteceu com este compromisso, segundo os relatórios do IRM ou a revisão do próprio fórum. Cada registro é mantido; na trajetória conta o mais recente de cada etapa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion</source>
        <translation>Implementação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened government</source>
        <translation>Abriu o governo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not judged</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. IRM end-of-term report 2015</source>
        <translation>ex.: relatório de fim de mandato do IRM 2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source&apos;s date</source>
        <translation>data da fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record outcome</source>
        <translation>Registrar resultado</translation>
    </message>
</context>
<context>
    <name>PartyTabs</name>
    <message>
        <location filename="../../feasibility_app/ui/parties/party_tabs.py" line="+37"/>
        <source>Agreed level</source>
        <translation>Nível acordado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement note</source>
        <translation>Nota do acordo</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Not done</source>
        <translation>Não foi feito</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{factor}: agreed {level}, below the block of:</source>
        <translation>{factor}: acordado {level}, abaixo do bloqueio de:</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <source>The consensus was not recorded</source>
        <translation>O consenso não foi registrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record consensus</source>
        <translation>Registrar consenso</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Who locks the text?</source>
        <translation>Quem bloqueia o texto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your name in the Assessor box of the toolbar, then lock the text again.</source>
        <translation>Digite seu nome no campo Avaliador(a) da barra de ferramentas e bloqueie o texto de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Lock for signing</source>
        <translation>Bloquear para assinatura</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Lock the current text and its agreed consensus for signing? The report will carry their fingerprint and a signature line per party. Any later edit supersedes the lock.</source>
        <translation>Bloquear para assinatura o texto atual e seu consenso acordado? O relatório trará sua impressão digital e uma linha de assinatura por parte. Qualquer edição posterior supera o bloqueio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who marks the edit?</source>
        <translation>Quem marca a edição?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your name in the Assessor box of the toolbar, then mark the edit again.</source>
        <translation>Digite seu nome no campo Avaliador(a) da barra de ferramentas e marque a edição de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>Mark as editorial</source>
        <translation>Marcar como editorial</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Mark this edit as editorial (typos, punctuation, formatting only)? The assessments and the consensus of the text before it then still count. History shows who marked it.</source>
        <translation>Marcar esta edição como editorial (só erros de digitação, pontuação ou formatação)? As avaliações e o consenso do texto anterior continuarão valendo. O Histórico mostra quem a marcou.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not re-scored</source>
        <translation>Não foi pontuado de novo</translation>
    </message>
</context>
<context>
    <name>PlanLevelCombo</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/choice_combos.py" line="+29"/>
        <source>From the country: {level}</source>
        <translation>Conforme o país: {level}</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/dialogs/plan_settings.py" line="+308"/>
        <source>Give the plan a title.</source>
        <translation>Dê um título ao plano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date must be after the start date.</source>
        <translation>A data de término deve ser posterior à de início.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one factor needs a weight above 0.</source>
        <translation>Pelo menos um fator precisa de peso maior que 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forum needs at least one party.</source>
        <translation>O fórum precisa de pelo menos uma parte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every party needs a name: type one, or remove the empty row.</source>
        <translation>Cada parte precisa de um nome: digite um ou remova a linha vazia.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>title “{value}”</source>
        <translation>título “{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country “{value}”</source>
        <translation>país “{value}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>level of government “{value}”</source>
        <translation>esfera de governo “{value}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the country</source>
        <translation>conforme o país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper “{value}”</source>
        <translation>papel “{value}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>period {start} to {end}</source>
        <translation>período de {start} a {end}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{factor} weight {value}</source>
        <translation>peso de {factor}: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parties: {names}</source>
        <translation>partes: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this plan while you were editing it. Your values are shown below; OK saves them over theirs.</source>
        <translation>Outra pessoa salvou este plano enquanto você o editava. Seus valores aparecem abaixo; OK os salva no lugar dos dela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their saved version differs in: {list}.</source>
        <translation>A versão salva por ela difere em: {list}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan settings — {title}</source>
        <translation>Configurações do plano — {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>Perí&amp;odo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agencies&apos; le&amp;vel of government:</source>
        <translation>&amp;Nível de governo dos órgãos responsáveis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper for report&amp;s:</source>
        <translation>Papel dos &amp;relatórios:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan title</source>
        <translation>Título do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan start date</source>
        <translation>Data de início do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan end date</source>
        <translation>Data de término do plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factor weights</source>
        <translation>Pesos dos fatores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{factor}:</source>
        <translation>{factor}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of {factor}</source>
        <translation>Peso de {factor}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights change the overall score of every commitment in this plan: a factor weighted 2 counts twice as much as one weighted 1. A weight of 0 leaves the factor out of the mean (a critical factor still raises the band).</source>
        <translation>Os pesos mudam a pontuação geral de cada compromisso deste plano: um fator com peso 2 conta o dobro de um com peso 1. Peso 0 deixa o fator fora da média (um fator crítico ainda eleva a faixa).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Equal weights</source>
        <translation>Pesos &amp;iguais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set every weight to 1</source>
        <translation>Definir todos os pesos como 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties of the forum (who negotiates the plan)</source>
        <translation>Partes do fórum (quem negocia o plano)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add party</source>
        <translation>&amp;Adicionar parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove party</source>
        <translation>Re&amp;mover parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the country: Letter</source>
        <translation>Conforme o país: Carta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the country: A4</source>
        <translation>Conforme o país: A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 polegadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper for the plan&apos;s reports</source>
        <translation>Papel dos relatórios do plano</translation>
    </message>
</context>
<context>
    <name>PrecedentsPanel</name>
    <message>
        <location filename="../../feasibility_app/ui/learning/precedents_panel.py" line="+90"/>
        <source>Precedents could not be searched: {reason}</source>
        <translation>Não foi possível buscar precedentes: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No precedents yet. File ▸ Import precedents… reads OGP&apos;s IRM commitment data (a .csv or .xlsx download); see the README for where to get it.</source>
        <translation>Ainda não há precedentes. Arquivo ▸ Importar precedentes… lê os dados de compromissos do IRM da OGP (um download .csv ou .xlsx); o README indica onde obtê-los.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No similar past commitment among %n precedent(s).</source>
        <translation>
            <numerusform>Nenhum compromisso anterior semelhante entre %n precedente.</numerusform>
            <numerusform>Nenhum compromisso anterior semelhante entre %n precedentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n precedent(s) in the library.</source>
        <translation>
            <numerusform>%n precedente na biblioteca.</numerusform>
            <numerusform>%n precedentes na biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Most similar of %n precedent(s):</source>
        <translation>
            <numerusform>Os mais semelhantes de %n precedente:</numerusform>
            <numerusform>Os mais semelhantes de %n precedentes:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completion: {completion} · opened government: {opened}</source>
        <translation>Implementação: {completion} · abriu o governo: {opened}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared words: {words}</source>
        <translation>Palavras em comum: {words}</translation>
    </message>
</context>
<context>
    <name>PrintReport</name>
    <message>
        <location filename="../../feasibility_app/ui/files/print_report.py" line="+37"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Levels of {assessor}</source>
        <translation>Níveis de {assessor}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Factor</source>
        <translation>Fator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rationale</source>
        <translation>Justificativa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Draft text</source>
        <translation>Texto da minuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signed risk report is File ▸ Export report (PDF), with its fingerprint.</source>
        <translation>O relatório de riscos para assinar é Arquivo ▸ Exportar relatório (PDF), com sua impressão digital.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The report&apos;s pages cannot be printed here ({reason}): printing a one-page summary.</source>
        <translation>As páginas do relatório não podem ser impressas aqui ({reason}): será impresso um resumo de uma página.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The report could not be printed</source>
        <translation>Não foi possível imprimir o relatório</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Print preview</source>
        <translation>Visualizar impressão</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../../feasibility_app/ui/navigator/quick_switcher.py" line="+85"/>
        <source>Go to commitment</source>
        <translation>Ir para compromisso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a title or agency; ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation>Digite parte de um título ou órgão; ↑ ↓ escolhem, Enter abre, Esc fecha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>Filtrar compromissos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/radar_widget.py" line="+100"/>
        <source>Risk radar chart</source>
        <translation>Gráfico de radar de riscos</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../feasibility_app/ui/files/report_actions.py" line="+118"/>
        <location line="+32"/>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reports are not available</source>
        <translation>Os relatórios não estão disponíveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation cannot write PDF reports ({reason}).</source>
        <translation>Esta instalação não consegue gerar relatórios PDF ({reason}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the report…</source>
        <translation>Gerando o relatório…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing {name}…</source>
        <translation>Gerando {name}…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Report written: {path}</source>
        <translation>Relatório salvo: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report could not be written</source>
        <translation>Não foi possível gerar o relatório</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/files/report_options.py" line="+92"/>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report can be in another language than the window, for the forum that reads it.</source>
        <translation>O relatório pode estar em outro idioma que a janela, para o fórum que vai lê-lo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma do relatório:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (8.5 × 11 in; Mexico, US, Canada)</source>
        <translation>Carta (8,5 × 11 pol.; México, EUA, Canadá)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../feasibility_app/ui/help/sample_banner.py" line="+47"/>
        <source>This is a sample: Mexico&apos;s 2013–2015 action plan as the case study describes it (Gerson &amp; Nieto, 2016). Edit it freely, or start your own.</source>
        <translation>Isto é um exemplo: o plano de ação 2013–2015 do México como o estudo de caso o descreve (Gerson e Nieto, 2016). Edite-o à vontade ou comece o seu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start an &amp;empty plan…</source>
        <translation>Começar um plano va&amp;zio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the sample plan</source>
        <translation>Sobre o plano de exemplo</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../feasibility_app/ui/bridge/undo_commands.py" line="+115"/>
        <source>New commitment</source>
        <translation>Novo compromisso</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete “{title}”</source>
        <translation>Excluir “{title}”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New plan</source>
        <translation>Novo plano</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete plan “{title}”</source>
        <translation>Excluir plano “{title}”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit problem</source>
        <translation>Editar problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit status quo</source>
        <translation>Editar situação atual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit draft text</source>
        <translation>Editar texto do rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit how it helps</source>
        <translation>Editar como ajuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change open-government values</source>
        <translation>Alterar valores de governo aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit lead agency</source>
        <translation>Editar órgão responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit government actors</source>
        <translation>Editar atores do governo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit civil-society actors</source>
        <translation>Editar atores da sociedade civil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit budget</source>
        <translation>Editar orçamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change start date</source>
        <translation>Alterar data de início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change end date</source>
        <translation>Alterar data de término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>Alterar situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change text language</source>
        <translation>Alterar idioma do texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit milestones</source>
        <translation>Editar marcos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit commitment</source>
        <translation>Editar compromisso</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/bridge/session.py" line="+192"/>
        <source>Commitment not found</source>
        <translation>Compromisso não encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the commitment</source>
        <translation>Não é possível ler o compromisso</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{factor}: {level}</source>
        <translation>{factor}: {level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit {factor}</source>
        <translation>Editar {factor}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit IRM pre-check</source>
        <translation>Editar a pré-verificação do IRM</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone else changed this plan</source>
        <translation>Outra pessoa alterou este plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}
Your changes were not saved and are still in the form: check the plan&apos;s current settings, then save again.</source>
        <translation>{reason}
Suas alterações não foram salvas e continuam no formulário: confira as configurações atuais do plano e salve novamente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>The change could not be saved</source>
        <translation>Não foi possível salvar a alteração</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>This commitment was deleted. Undo (Ctrl+Z) to restore it.</source>
        <translation>Este compromisso foi excluído. Desfaça (Ctrl+Z) para restaurá-lo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Two people edited this commitment in parallel. The newer text is shown; the other is kept in its history.</source>
        <translation>Duas pessoas editaram este compromisso em paralelo. O texto mais recente é exibido; o outro fica guardado no histórico.</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/common/errors.py" line="-77"/>
        <source>The database file is read-only.</source>
        <translation>O arquivo do banco de dados é somente leitura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full or cannot be written.</source>
        <translation>O disco está cheio ou não pode ser gravado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is busy (locked by another program).</source>
        <translation>O banco de dados está ocupado (bloqueado por outro programa).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was deleted or cannot be found any more.</source>
        <translation>Foi excluído ou não pode mais ser encontrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved the action plan “{title}” since you opened it.</source>
        <translation>Outra pessoa salvou o plano de ação “{title}” depois que você o abriu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A consensus is not re-scored: record a new agreed consensus instead.</source>
        <translation>Um consenso não é pontuado de novo: registre um novo consenso acordado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The assessment by {assessor} already scores the current text.</source>
        <translation>A avaliação de {assessor} já pontua o texto atual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{assessor} has a newer assessment; re-score that one.</source>
        <translation>{assessor} tem uma avaliação mais recente; pontue essa de novo.</translation>
    </message>
</context>
<context>
    <name>TextLanguageCombo</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/choice_combos.py" line="-59"/>
        <source>Detect from the text</source>
        <translation>Detectar no texto</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/verdict_panel.py" line="+130"/>
        <source>Overall risk</source>
        <translation>Risco geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified assumptions</source>
        <translation>Premissas não verificadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would lower the risk most</source>
        <translation>O que mais reduziria o risco</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Overall risk: {band}</source>
        <translation>Risco geral: {band}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raised to {band}: a critical risk cannot be averaged away ({factors}).</source>
        <translation>Elevado para {band}: um risco crítico não pode ser diluído numa média ({factors}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical: {factors}.</source>
        <translation>Crítico: {factors}.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Incomplete: %n of {total} factors not assessed</source>
        <translation>
            <numerusform>Incompleto: %n de {total} fatores sem avaliação</numerusform>
            <numerusform>Incompleto: %n de {total} fatores sem avaliação</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Low or moderate levels that rest on assumed, not verified, evidence.</source>
        <translation>Níveis baixos ou moderados que se apoiam em evidência presumida, não verificada.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Every assessed factor is already at Low: nothing left to mitigate.</source>
        <translation>Todos os fatores avaliados já estão em Baixo: não resta nada a mitigar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitigating {factor} by one level would move the verdict from {from} to {to}.</source>
        <translation>Mitigar {factor} em um nível levaria o resultado de {from} para {to}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No single mitigation changes the verdict ({band}); mitigating {factor} lowers the score most, from {before} to {after}.</source>
        <translation>Nenhuma mitigação isolada muda o resultado ({band}); mitigar {factor} é o que mais reduz a pontuação, de {before} para {after}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No single mitigation changes the verdict ({band}); mitigating any one factor by one level lowers the score from {before} to {after}.</source>
        <translation>Nenhuma mitigação isolada muda o resultado ({band}); mitigar qualquer fator em um nível reduz a pontuação de {before} para {after}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No single mitigation changes the verdict ({band}); mitigating any one of {factors} lowers the score most, from {before} to {after}.</source>
        <translation>Nenhuma mitigação isolada muda o resultado ({band}); mitigar qualquer um entre {factors} é o que mais reduz a pontuação, de {before} para {after}.</translation>
    </message>
</context>
<context>
    <name>WordingChecker</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/wording_highlighter.py" line="+388"/>
        <source>{factor} — {severity}: {message}</source>
        <translation>{factor} — {severity}: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drafting</source>
        <translation>Redação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>baixa</translation>
    </message>
</context>
</TS>
