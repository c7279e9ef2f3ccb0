"""The UI in Brazilian Portuguese, per Qt context; tools/update_translations.py writes it into
resources/translations/feasibility_pt_BR.ts.

Keys are the English source texts (or (source, disambiguation) pairs); a plural message takes
a tuple of forms (singular, plural). COMMON applies in every context unless the context has
its own entry. Keep {placeholders} and %n exactly; keep one & accelerator where the source
has one, on a letter of the translation that no sibling in the same form or menu uses.

Glossary (consistent with resources/rubric/pt.json and resources/wording/pt.json):
commitment compromisso · action plan plano de ação · milestone marco · lead agency órgão
responsável · assessment avaliação · assessor avaliador(a) · party parte · forum fórum ·
consensus consenso · block bloqueio · revision versão · draft text texto do rascunho ·
status quo situação atual · IRM IRM · report relatório · wording check verificação de
redação · finding alerta · risk risco · score pontuação / pontuar · spread dispersão.
"""

COMMON: dict[object, object] = {
    "Yes": "Sim",
    "No": "Não",
    "Cancel": "Cancelar",
    "Quit": "Sair",
    "Delete": "Excluir",
    "Title": "Título",
    "Country": "País",
    "Plan": "Plano",
    "Commitment": "Compromisso",
    "Commitments": "Compromissos",
    "Risk": "Risco",
    "Lead agency": "Órgão responsável",
    "Milestones": "Marcos",
    "Start": "Início",
    "End": "Fim",
    "Start date": "Data de início",
    "End date": "Data de término",
    "Status": "Situação",
    "Language": "Idioma",
    "Budget": "Orçamento",
    "Name": "Nome",
    "Role": "Papel",
    "Parties": "Partes",
    "Government": "Governo",
    "Civil society": "Sociedade civil",
    "Revision": "Versão",
    "Time": "Data e hora",
    "State": "Estado",
    "Agreed consensus": "Consenso acordado",
    "Public problem": "Problema público",
    "Status quo": "Situação atual",
    "How it helps solve the problem": "Como ajuda a resolver o problema",
    "Open-government values": "Valores de governo aberto",
    "Other actors: government": "Outros atores: governo",
    "Other actors: civil society": "Outros atores: sociedade civil",
    "What the commitment does (draft text)": "O que o compromisso faz (texto do rascunho)",
    "Drafting": "Redação",
    "high": "alta",
    "medium": "média",
    "low": "baixa",
    "“{phrase}”": "“{phrase}”",
    "Wording findings": "Alertas de redação",
    "No wording findings.": "Nenhum alerta de redação.",
    "(untitled)": "(sem título)",
    "New commitment": "Novo compromisso",
    "Writing {name}…": "Gerando {name}…",
    "%n commitment(s)": ("%n compromisso", "%n compromissos"),
}

BY_CONTEXT: dict[str, dict[object, object]] = {
    "CommitmentPage": {
        "&Title": "&Título",
        "&Draft text: what the commitment will do": "Te&xto do rascunho: o que o compromisso fará",
        "Public pr&oblem it addresses": "Pro&blema público que enfrenta",
        "Status &quo (baseline) today": "Situação at&ual (linha de base)",
        "&How it helps solve the problem": "Co&mo ajuda a resolver o problema",
        "&Lead agency": "Órgão &responsável",
        "Other actors: &government": "Outros atores: &governo",
        "Other actors: &civil society, private sector": "Outros atores: s&ociedade civil, setor privado",
        "&Budget": "Or&çamento",
        "&Start": "&Início",
        "&End": "&Fim",
        "Stat&us": "&Situação",
        "Te&xt language": "I&dioma do texto",
        "Open-government values:": "Valores de governo aberto:",
        "&Milestones: verifiable outputs with dates": "Mar&cos: produtos verificáveis com datas",
        "Add m&ilestone": "&Adicionar marco",
        "Remove milestone": "Remover marco",
        "What will be done, by whom, with which verifiable product? (wording is checked as you type)": (
            "O que será feito, por quem e com qual produto verificável? (a redação é verificada enquanto "
            "você digita)"
        ),
        "A short name for the commitment": "Um nome curto para o compromisso",
        "Where the money comes from, if known": "De onde vem o dinheiro, se souber",
        "Show in History": "Ver no Histórico",
        "Compare both texts in the History tab": "Compare os dois textos na aba Histórico",
        "Dismiss": "Dispensar",
    },
    "CommitmentTableModel": {
        "Overall risk: the agreed or suggested consensus of the assessments": (
            "Risco geral: o consenso acordado ou sugerido das avaliações"
        ),
        "(untitled)": "(sem título)",
        "Overall risk: {level}": "Risco geral: {level}",
        "Overall risk: {level} (score {score} of 4)": "Risco geral: {level} (pontuação {score} de 4)",
        "Incomplete: some factors are not assessed yet.": "Incompleto: ainda há fatores não avaliados.",
        "%n assessor(s)": ("%n avaliador", "%n avaliadores"),
        "%n factor(s) to discuss: the parties disagree by 2 levels or more": (
            "%n fator para discutir: as partes divergem em 2 níveis ou mais",
            "%n fatores para discutir: as partes divergem em 2 níveis ou mais",
        ),
    },
    "CompareModel": {
        "Spread": "Dispersão",
        "Discuss": "Discutir",
        "Suggested": "Sugerido",
        "Agreed": "Acordado",
        "How it was agreed": "Como foi acordado",
        "Levels between the most and the least worried party.": (
            "Níveis de diferença entre a parte mais preocupada e a menos preocupada."
        ),
        "Marked when the parties are two or more levels apart.": (
            "Marcado quando as partes estão a dois ou mais níveis de distância."
        ),
        "The median of the parties' levels, rounded towards more risk.": (
            "A mediana dos níveis das partes, arredondada para mais risco."
        ),
        "The level the forum agrees on; starts at the suggested level.": (
            "O nível que o fórum acorda; começa no nível sugerido."
        ),
        "How the level was agreed. Required when a party's block (critical) is set aside.": (
            "Como o nível foi acordado. Obrigatório quando o bloqueio (crítico) de uma parte é deixado de "
            "lado."
        ),
        "{party} ({role}); its colour in the radar chart.": "{party} ({role}); sua cor no gráfico de radar.",
        "This assessment scored an earlier revision of the text: re-score it in History.": (
            "Esta avaliação pontuou uma versão anterior do texto: pontue-a de novo em Histórico."
        ),
        "{level} · BLOCK": "{level} · BLOQUEIO",
        "{party} rates this factor critical: a block. The consensus cannot average it away; agreeing below "
        "critical needs a note saying how it was resolved.": (
            "{party} classifica este fator como crítico: é um bloqueio. O consenso não pode diluí-lo numa "
            "média; acordar um nível abaixo de crítico exige uma nota explicando como foi resolvido."
        ),
        "Scored an earlier text.": "Avaliou um texto anterior.",
        "The parties are two or more levels apart: discuss before agreeing.": (
            "As partes estão a dois ou mais níveis de distância: discutam antes de acordar."
        ),
        "Blocked by {parties}: the suggestion does not remove the block.": (
            "Bloqueado por {parties}: a sugestão não remove o bloqueio."
        ),
        "The suggested level. Choose another if the forum agrees on it.": (
            "O nível sugerido. Escolha outro se o fórum assim acordar."
        ),
        "Changed from the suggested level ({level}).": "Alterado em relação ao nível sugerido ({level}).",
        "Needed: how was the block by {parties} resolved?": (
            "Falta: como foi resolvido o bloqueio de {parties}?"
        ),
        "Double-click to write how the forum agreed this level.": (
            "Clique duas vezes para escrever como o fórum acordou este nível."
        ),
        "⚠ earlier text": "⚠ texto anterior",
        "Levels between the parties: {n}": "Níveis de diferença entre as partes: {n}",
    },
    "CompareView": {
        "Compare the parties' scores": "Comparar as pontuações das partes",
        "Record agreed consensus": "Registrar o consenso acordado",
        "Save the Agreed column and the notes as the forum's consensus for the current text.": (
            "Salva a coluna Acordado e as notas como o consenso do fórum sobre o texto atual."
        ),
        "Discuss: the parties are two or more levels apart. BLOCK: a party rates the factor critical; the "
        "suggested level never averages a block away. Agreed starts at the suggested level: choose another "
        "level where the forum agrees on it.": (
            "Discutir: as partes estão a dois ou mais níveis de distância. BLOQUEIO: uma parte classifica "
            "o fator como crítico; o nível sugerido nunca dilui um bloqueio numa média. Acordado começa no "
            "nível sugerido: escolha outro nível onde o fórum assim acordar."
        ),
        "No party has scored this commitment yet.": "Nenhuma parte avaliou este compromisso ainda.",
        "⚠ Scored an earlier text: {parties}. Their levels may not fit the current draft; re-score them in "
        "History before agreeing.": (
            "⚠ Avaliaram um texto anterior: {parties}. Os níveis delas podem não corresponder ao rascunho "
            "atual; pontue-as de novo em Histórico antes de acordar."
        ),
        "Write how the forum resolved the block for: {factors}.": (
            "Escreva como o fórum resolveu o bloqueio em: {factors}."
        ),
        "No factor is two or more levels apart.": "Nenhum fator tem dois ou mais níveis de diferença.",
        "No consensus recorded yet: Agreed starts at the suggested level.": (
            "Nenhum consenso registrado ainda: Acordado começa no nível sugerido."
        ),
        "The consensus recorded on {when} by {who} scored an earlier text: Agreed starts at the suggested "
        "level again.": (
            "O consenso registrado em {when} por {who} avaliou um texto anterior: Acordado volta a começar "
            "no nível sugerido."
        ),
        "Consensus recorded on {when} by {who}; Agreed shows it.": (
            "Consenso registrado em {when} por {who}; Acordado o mostra."
        ),
        "Suggested level accepted ({level}).": "Nível sugerido aceito ({level}).",
        "Agreed {agreed}; the suggested level was {suggested}.": (
            "Acordado: {agreed}; o nível sugerido era {suggested}."
        ),
        "Parties: {levels}.": "Partes: {levels}.",
        "Parties that scored it: {n}.": "Partes que o avaliaram: {n}.",
        "Factors to discuss: {n}.": "Fatores para discutir: {n}.",
        "Blocks (rated critical): {blocks}.": "Bloqueios (classificados como críticos): {blocks}.",
    },
    "DialogService": {
        "The database cannot be opened": "Não é possível abrir o banco de dados",
        "Feasibility cannot open its database. Nothing was changed in the file.": (
            "O Feasibility não consegue abrir seu banco de dados. Nada foi alterado no arquivo."
        ),
        "The newest backup is {name}. Opening it keeps the damaged file beside it, renamed.": (
            "O backup mais recente é {name}. Ao abri-lo, o arquivo danificado é mantido ao lado, com outro "
            "nome."
        ),
        "Open the newest backup": "Abrir o backup mais recente",
        "Choose another file…": "Escolher outro arquivo…",
        "Report written": "Relatório salvo",
        "The report was saved as {path}.": "O relatório foi salvo como {path}.",
        "Open the PDF now": "Abrir o PDF agora",
    },
    "HistoryView": {
        "History of the text": "Histórico do texto",
        "Select a revision to see what it changed, or two revisions (Ctrl+click) to compare them. Under "
        "each revision: the assessments that scored it.": (
            "Selecione uma versão para ver o que ela mudou, ou duas versões (Ctrl+clique) para "
            "compará-las. Abaixo de cada versão: as avaliações que a pontuaram."
        ),
        "Author / assessor": "Autor(a) / avaliador(a)",
        "Revision {n}": "Versão {n}",
        "(unknown author)": "(autor desconhecido)",
        "current": "atual",
        "The current text: new assessments score this revision.": (
            "O texto atual: as novas avaliações pontuam esta versão."
        ),
        "parallel edit": "edição paralela",
        "based on {rev}": "baseada em {rev}",
        "the first version": "a primeira versão",
        "Unknown revision": "Versão desconhecida",
        "The newest is current; compare them (Ctrl+click both) and merge by hand if needed.": (
            "A mais recente é a atual; compare-as (Ctrl+clique nas duas) e mescle à mão se for preciso."
        ),
        "Parallel edit: {revisions} were each based on {parent}.": (
            "Edição paralela: {revisions} se basearam, cada uma, em {parent}."
        ),
        "an unknown revision": "uma versão desconhecida",
        "superseded": "substituída",
        "A newer assessment by the same assessor replaces this one.": (
            "Uma avaliação mais recente do mesmo avaliador substitui esta."
        ),
        "scored an earlier text": "avaliou um texto anterior",
        "This assessment scored an earlier revision; the text has changed since.": (
            "Esta avaliação pontuou uma versão anterior; o texto mudou desde então."
        ),
        "scores the current text": "avalia o texto atual",
        "Re-score": "Pontuar de novo",
        "Start a new assessment of the current text by {who}, from these scores.": (
            "Inicia uma nova avaliação do texto atual por {who}, a partir destas pontuações."
        ),
        "Record a new agreed consensus in Compare.": "Registre um novo consenso acordado em Comparar.",
        "No revisions.": "Nenhuma versão.",
        "Select a revision.": "Selecione uma versão.",
        "{rev} by {author}, {when}: the first version of the text.": (
            "{rev}, de {author}, {when}: a primeira versão do texto."
        ),
        "Changes from {old} ({old_author}, {old_when}) to {new} ({new_author}, {new_when})": (
            "Alterações de {old} ({old_author}, {old_when}) para {new} ({new_author}, {new_when})"
        ),
        "No differences in the text.": "Nenhuma diferença no texto.",
        "Green, underlined: added. Red, struck through: removed.": (
            "Verde e sublinhado: adicionado. Vermelho e riscado: removido."
        ),
        "Added: {m}": "Adicionado: {m}",
        "Removed: {m}": "Removido: {m}",
        "New dates: {old} → {new}": "Novas datas: {old} → {new}",
    },
    "LanguageMenu": {
        "&Language": "&Idioma",
    },
    "MilestonesModel": {
        "Output (verifiable product)": "Entrega (produto verificável)",
        "No date: IRM cannot verify a milestone without one (YYYY-MM-DD)": (
            "Sem data: o IRM não pode verificar um marco sem data (AAAA-MM-DD)"
        ),
        "Outside the plan's period": "Fora do período do plano",
        "Date as YYYY-MM-DD": "Data no formato AAAA-MM-DD",
    },
    "NavigatorWidget": {
        "&Plan:": "&Plano:",
        "Find a commitment, agency or word (Ctrl+F)": "Buscar (Ctrl+F): compromisso, órgão, palavra",
        "Filter commitments": "Filtrar compromissos",
        "Action plan shown": "Plano de ação exibido",
        "All plans": "Todos os planos",
        "%n commitment(s)": ("%n compromisso", "%n compromissos"),
    },
    "NewPlanDialog": {
        "New action plan": "Novo plano de ação",
        "&Title:": "&Título:",
        "C&ountry:": "&País:",
        "&Start:": "&Início:",
        "&End:": "&Fim:",
        "e.g. Third National Action Plan 2016–2018": "ex.: Terceiro Plano de Ação 2016–2018",
        "&Parties of the forum (who negotiates the plan):": "Pa&rtes do fórum (quem negocia o plano):",
        "&Add party": "&Adicionar parte",
        "&Remove party": "Re&mover parte",
        "Plan title": "Título do plano",
        "Plan start date": "Data de início do plano",
        "Plan end date": "Data de término do plano",
    },
    "RadarWidget": {
        "Risk radar chart": "Gráfico de radar de riscos",
    },
    "DueDateDelegate": {
        "YYYY-MM-DD": "AAAA-MM-DD",
    },
    "FactorCard": {
        "Not assessed yet. Choose the level whose description fits best (keys 1–4, 0 to clear).": (
            "Ainda não avaliado. Escolha o nível cuja descrição se encaixa melhor (teclas 1–4; 0 para "
            "limpar)."
        ),
        "Description of the chosen level": "Descrição do nível escolhido",
        "Wording findings: %n": ("Alertas de redação: %n", "Alertas de redação: %n"),
        "The wording checks flagged phrases in the draft text that bear on this factor.": (
            "A verificação de redação marcou frases do texto do rascunho que dizem respeito a este fator."
        ),
        "Factor: {factor}": "Fator: {factor}",
        "Key {digit}": "Tecla {digit}",
        "{factor}: {level}": "{factor}: {level}",
        "Evidence:": "Evidência:",
        "Evidence: {basis}": "Evidência: {basis}",
        "Rationale": "Justificativa",
        "Why this level? Cite facts the forum can check.": (
            "Por que este nível? Cite fatos que o fórum possa verificar."
        ),
        "Rationale for {factor}": "Justificativa para {factor}",
        "Mitigations": "Medidas de mitigação",
        "Add mitigation": "Adicionar medida",
        "Add a mitigation for {factor}": "Adicionar uma medida de mitigação para {factor}",
        "Remove": "Remover",
        "Remove the selected mitigations": "Remover as medidas selecionadas",
        "No mitigations recorded.": "Nenhuma medida de mitigação registrada.",
        "Action": "Ação",
        "Owner": "Responsável",
        "Due": "Prazo",
        "Due date, YYYY-MM-DD": "Prazo, AAAA-MM-DD",
        "Mitigations for {factor}": "Medidas de mitigação para {factor}",
        "Not assessed.": "Não avaliado.",
    },
    "VerdictPanel": {
        "Overall risk": "Risco geral",
        "Unverified assumptions": "Premissas não verificadas",
        "What would lower the risk most": "O que mais reduziria o risco",
        "Overall risk: {band}": "Risco geral: {band}",
        "Raised to {band}: a critical risk cannot be averaged away ({factors}).": (
            "Elevado para {band}: um risco crítico não pode ser diluído numa média ({factors})."
        ),
        "Critical: {factors}.": "Crítico: {factors}.",
        "Incomplete: %n of {total} factors not assessed": (
            "Incompleto: %n de {total} fatores sem avaliação",
            "Incompleto: %n de {total} fatores sem avaliação",
        ),
        "Low or moderate levels that rest on assumed, not verified, evidence.": (
            "Níveis baixos ou moderados que se apoiam em evidência presumida, não verificada."
        ),
        "Every assessed factor is already at Low: nothing left to mitigate.": (
            "Todos os fatores avaliados já estão em Baixo: não resta nada a mitigar."
        ),
        "Mitigating {factor} by one level would move the verdict from {from} to {to}.": (
            "Mitigar {factor} em um nível levaria o resultado de {from} para {to}."
        ),
        "No single mitigation changes the verdict ({band}); mitigating {factor} lowers the score most, "
        "from {before} to {after}.": (
            "Nenhuma mitigação isolada muda o resultado ({band}); mitigar {factor} é o que mais reduz a "
            "pontuação, de {before} para {after}."
        ),
        "No single mitigation changes the verdict ({band}); mitigating any one factor by one level lowers "
        "the score from {before} to {after}.": (
            "Nenhuma mitigação isolada muda o resultado ({band}); mitigar qualquer fator em um nível reduz "
            "a pontuação de {before} para {after}."
        ),
        "No single mitigation changes the verdict ({band}); mitigating any one of {factors} lowers the "
        "score most, from {before} to {after}.": (
            "Nenhuma mitigação isolada muda o resultado ({band}); mitigar qualquer um entre {factors} é o "
            "que mais reduz a pontuação, de {before} para {after}."
        ),
    },
    "WordingChecker": {
        "{factor} — {severity}: {message}": "{factor} — {severity}: {message}",
        "Drafting": "Redação",
        "high": "alta",
        "medium": "média",
        "low": "baixa",
    },
    "AssessmentPanel": {
        "Assessment": "Avaliação",
        "Assessment by {name} ({role})": "Avaliação de {name} ({role})",
        "Assessment by {name}": "Avaliação de {name}",
        "{header} (read only)": "{header} (somente leitura)",
        "Read only: this assessment cannot be edited here.": (
            "Somente leitura: esta avaliação não pode ser editada aqui."
        ),
        "Keys 1–4 set the level of the highlighted factor (0 = not assessed); Tab moves on.": (
            "As teclas 1–4 definem o nível do fator destacado (0 = não avaliado); Tab passa ao próximo."
        ),
    },
    "IrmPrecheckBox": {
        "IRM pre-check": "Pré-verificação do IRM",
        "What the Independent Reporting Mechanism will ask after submission, asked before signing.": (
            "O que o Mecanismo de Revisão Independente perguntará após o envio, perguntado antes da "
            "assinatura."
        ),
        "Verifiable?": "Verificável?",
        "Unknown": "Não se sabe",
        "Verifiable: {answer}": "Verificável: {answer}",
        "Could someone check, from the text alone, whether it was done? The wording checks help.": (
            "Alguém conseguiria verificar, só pelo texto, se foi cumprido? A verificação de redação ajuda."
        ),
        "Why these values?": "Por que estes valores?",
        "How the commitment serves each value you ticked.": (
            "Como o compromisso serve a cada valor que você marcou."
        ),
        "Open-government lens note": "Nota sobre a lente de governo aberto",
        "Potential for results:": "Potencial de resultados:",
        "Potential for results": "Potencial de resultados",
    },
    "FindingsList": {
        "Risky phrases in the draft text. Press Enter to select a phrase in the draft.": (
            "Frases arriscadas no texto do rascunho. Pressione Enter para selecionar uma frase no rascunho."
        ),
        "%n finding(s)": ("%n alerta", "%n alertas"),
    },
    "FindingsModel": {
        "{severity}: {factor} {phrase}. {message}": "{severity}: {factor} {phrase}. {message}",
    },
    "DraftEditor": {
        "Draft text": "Texto do rascunho",
        "Risky wording is highlighted as you type; the findings are listed beside the text.": (
            "A redação arriscada é destacada enquanto você digita; os alertas aparecem ao lado do texto."
        ),
    },
    "MainWindow": {
        "&Commitment": "&Compromisso",
        "Cannot read the database": "Não é possível ler o banco de dados",
        "(untitled)": "(sem título)",
        "{title} — Feasibility": "{title} — Feasibility",
        "Feasibility": "Feasibility",
        "Saved {time}": "Salvo às {time}",
        "Not saved: {reason} Your edits are kept here; saving is retried.": (
            "Não salvo: {reason} Suas alterações são mantidas aqui; o salvamento será tentado de novo."
        ),
        "New commitment": "Novo compromisso",
        "Delete commitment": "Excluir compromisso",
        "Delete “{title}” with its assessments? Edit ▸ Undo (Ctrl+Z) brings it back.": (
            "Excluir “{title}” com suas avaliações? Editar ▸ Desfazer (Ctrl+Z) o traz de volta."
        ),
        "About Feasibility": "Sobre o Feasibility",
        "Feasibility scores a draft Open Government Partnership commitment against six risk factors, so a "
        "forum sees before signing what could stop it.\n\nDatabase: {location}": (
            "O Feasibility avalia um rascunho de compromisso da Parceria para Governo Aberto diante de "
            "seis fatores de risco, para que o fórum veja, antes de assinar, o que poderia "
            "travá-lo.\n\nBanco de dados: {location}"
        ),
        "&File": "&Arquivo",
        "&Edit": "&Editar",
        "&View": "E&xibir",
        "&Help": "Aj&uda",
        "New &plan…": "Novo &plano…",
        "Create an action plan with its forum's parties": "Criar um plano de ação com as partes do seu fórum",
        "&New commitment": "&Novo compromisso",
        "Add a draft commitment to the plan": "Adicionar um rascunho de compromisso ao plano",
        "&Delete commitment…": "&Excluir compromisso…",
        "Delete it (undo restores it)": "Excluí-lo (desfazer o restaura)",
        "&Export report…": "Exportar &relatório…",
        "Write this commitment's risk report as PDF": "Gerar o relatório de riscos deste compromisso em PDF",
        "Export plan rep&ort…": "Exportar relatório do p&lano…",
        "Write the whole action plan's portfolio report as PDF": (
            "Gerar em PDF o relatório de carteira de todo o plano de ação"
        ),
        "&Quit": "&Sair",
        "&Find commitment": "&Buscar compromisso",
        "Go to the navigator's filter box": "Ir para a caixa de busca do navegador",
        "&Presentation mode": "Modo de a&presentação",
        "Larger text and stronger contrast for a projector (F11)": (
            "Texto maior e mais contraste para um projetor (F11)"
        ),
        "Ne&xt factor": "Pró&ximo fator",
        "P&revious factor": "Fator &anterior",
        "&About Feasibility": "&Sobre o Feasibility",
        "&Undo": "&Desfazer",
        "&Redo": "&Refazer",
        "Save status": "Estado do salvamento",
        "Unsaved changes": "Alterações não salvas",
        "Your last changes could not be saved: {reason}\nClose anyway and lose them?": (
            "Não foi possível salvar suas últimas alterações: {reason}\nFechar mesmo assim e perdê-las?"
        ),
        "Close without saving": "Fechar sem salvar",
        "&Undo {action}": "&Desfazer: {action}",
        "&Redo {action}": "&Refazer: {action}",
        "Opening the database…": "Abrindo o banco de dados…",
        "C&ompare": "C&omparar",
        "H&istory": "H&istórico",
        "To score, type your name in the Assessor box of the toolbar (Alt+A).": (
            "Para avaliar, digite seu nome na caixa Avaliador(a) da barra de ferramentas (Alt+V)."
        ),
        "Delete plan": "Excluir plano",
        "Delete the action plan “{title}” with its %n commitment(s)? "
        "Edit ▸ Undo (Ctrl+Z) brings them back.": (
            "Excluir o plano de ação “{title}” com seu %n compromisso? Editar ▸ Desfazer (Ctrl+Z) o traz "
            "de volta.",
            "Excluir o plano de ação “{title}” com seus %n compromissos? Editar ▸ Desfazer (Ctrl+Z) os "
            "traz de volta.",
        ),
        "Someone": "Alguém",
        "De&lete plan…": "Excluir pl&ano…",
        "Delete the chosen action plan with its commitments (undo restores it)": (
            "Excluir o plano de ação escolhido com seus compromissos (desfazer o restaura)"
        ),
        "E&xport exchange file…": "Exportar arquivo de &intercâmbio…",
        "Save the plan's commitments and scores for another laptop": (
            "Salvar os compromissos e as pontuações do plano para outro notebook"
        ),
        "&Import exchange file…": "I&mportar arquivo de intercâmbio…",
        "Add what another laptop's exchange file has; nothing here is overwritten": (
            "Acrescentar o que o arquivo de intercâmbio de outro notebook tem; nada aqui é sobrescrito"
        ),
        "Export spreadsheet (&CSV)…": "Exportar planilha (&CSV)…",
        "One row per commitment and factor, for a spreadsheet": (
            "Uma linha por compromisso e fator, para uma planilha"
        ),
        "{who} saved a parallel edit at {time}. Both versions are kept: nothing was overwritten.": (
            "{who} salvou uma edição paralela às {time}. As duas versões são mantidas: nada foi sobrescrito."
        ),
        "Plan &settings…": "C&onfigurações do plano…",
        "Title, period, factor weights and forum parties of the chosen action plan": (
            "Título, período, pesos dos fatores e partes do fórum do plano de ação escolhido"
        ),
    },
    "Session": {
        "Delete “{title}”": "Excluir “{title}”",
        "Commitment not found": "Compromisso não encontrado",
        "Cannot read the commitment": "Não é possível ler o compromisso",
        "{factor}: {level}": "{factor}: {level}",
        "Edit {factor}": "Editar {factor}",
        "Edit IRM pre-check": "Editar a pré-verificação do IRM",
        "This commitment was deleted. Undo (Ctrl+Z) to restore it.": (
            "Este compromisso foi excluído. Desfaça (Ctrl+Z) para restaurá-lo."
        ),
        "Two people edited this commitment in parallel. The newer text is shown; the other is kept in its "
        "history.": (
            "Duas pessoas editaram este compromisso em paralelo. O texto mais recente é exibido; o outro "
            "fica guardado no histórico."
        ),
        "Edit title": "Editar título",
        "Edit problem": "Editar problema",
        "Edit status quo": "Editar situação atual",
        "Edit draft text": "Editar texto do rascunho",
        "Edit how it helps": "Editar como ajuda",
        "Change open-government values": "Alterar valores de governo aberto",
        "Edit lead agency": "Editar órgão responsável",
        "Edit government actors": "Editar atores do governo",
        "Edit civil-society actors": "Editar atores da sociedade civil",
        "Edit budget": "Editar orçamento",
        "Change start date": "Alterar data de início",
        "Change end date": "Alterar data de término",
        "Change status": "Alterar situação",
        "Change text language": "Alterar idioma do texto",
        "Edit milestones": "Editar marcos",
        "Edit commitment": "Editar compromisso",
        "The change could not be saved": "Não foi possível salvar a alteração",
        "The database file is read-only.": "O arquivo do banco de dados é somente leitura.",
        "The disk is full or cannot be written.": "O disco está cheio ou não pode ser gravado.",
        "The database is busy (locked by another program).": (
            "O banco de dados está ocupado (bloqueado por outro programa)."
        ),
        "New plan": "Novo plano",
        "Delete plan “{title}”": "Excluir plano “{title}”",
        "Someone else changed this plan": "Outra pessoa alterou este plano",
        "{reason}\nYour changes were not saved and are still in the form: check the plan's current "
        "settings, then save again.": (
            "{reason}\nSuas alterações não foram salvas e continuam no formulário: confira as "
            "configurações atuais do plano e salve novamente."
        ),
    },
    "ReportActions": {
        "Export report": "Exportar relatório",
        "PDF documents (*.pdf)": "Documentos PDF (*.pdf)",
        "Reports are not available": "Os relatórios não estão disponíveis",
        "This installation cannot write PDF reports ({reason}).": (
            "Esta instalação não consegue gerar relatórios PDF ({reason})."
        ),
        "Writing the report…": "Gerando o relatório…",
        "Writing {name}…": "Gerando {name}…",
        "Report written: {path}": "Relatório salvo: {path}",
        "The report could not be written": "Não foi possível gerar o relatório",
    },
    "AssessorBar": {
        "{party} ({role})": "{party} ({role})",
        "Assessor": "Avaliador(a)",
        "&Assessor:": "A&valiador(a):",
        "Pa&rty:": "Part&e:",
        "Type your name to score": "Digite seu nome para avaliar",
        "Assessor name": "Nome do avaliador",
        "Whose assessment is being edited": "De quem é a avaliação que está sendo editada",
        "Assessor's party": "Parte do avaliador",
        "The forum party (or role) the assessor speaks for": (
            "A parte do fórum (ou o papel) em nome da qual o avaliador fala"
        ),
    },
    "DatabaseOpening": {
        "The backup cannot be restored": "Não é possível restaurar o backup",
        "Restoring {backup} failed: {reason}": "Falha ao restaurar {backup}: {reason}",
        "Choose a Feasibility database": "Escolha um banco de dados do Feasibility",
        "Feasibility databases (*.db *.sqlite);;All files (*)": (
            "Bancos de dados do Feasibility (*.db *.sqlite);;Todos os arquivos (*)"
        ),
    },
    "ExchangeActions": {
        "all-plans": "todos-os-planos",
        "The exchange file was not used": "O arquivo de intercâmbio não foi usado",
        "{reason}\nNothing was changed in the database.": "{reason}\nNada foi alterado no banco de dados.",
        "Export exchange file": "Exportar arquivo de intercâmbio",
        "Feasibility exchange files (*.json)": "Arquivos de intercâmbio do Feasibility (*.json)",
        "Exchange file written": "Arquivo de intercâmbio salvo",
        "{path}\n{plans}, {commitments}, {revisions}, {assessments}.\nGive it to the other laptops: File ▸ "
        "Import exchange file… adds what they lack.": (
            "{path}\n{plans}, {commitments}, {revisions}, {assessments}.\nPasse-o para os outros "
            "notebooks: Arquivo ▸ Importar arquivo de intercâmbio… adiciona o que falta neles."
        ),
        "%n plan(s)": ("%n plano", "%n planos"),
        "%n revision(s)": ("%n versão", "%n versões"),
        "%n assessment(s)": ("%n avaliação", "%n avaliações"),
        "Export spreadsheet (CSV)": "Exportar planilha (CSV)",
        "CSV spreadsheets (*.csv)": "Planilhas CSV (*.csv)",
        "Spreadsheet written: {path} (%n row(s))": (
            "Planilha salva: {path} (%n linha)",
            "Planilha salva: {path} (%n linhas)",
        ),
        "Import exchange file": "Importar arquivo de intercâmbio",
        "Feasibility exchange files (*.json);;All files (*)": (
            "Arquivos de intercâmbio do Feasibility (*.json);;Todos os arquivos (*)"
        ),
        "Nothing to import": "Nada a importar",
        "Nothing in this database is overwritten or deleted. Import now?": (
            "Nada neste banco de dados é sobrescrito ou excluído. Importar agora?"
        ),
        "Import": "Importar",
        "Checking {name}…": "Verificando {name}…",
        "Exchange file imported": "Arquivo de intercâmbio importado",
        "Importing {name}…": "Importando {name}…",
        "%n agreed consensus(es)": ("%n consenso acordado", "%n consensos acordados"),
        "%n deletion(s) or restoration(s)": ("%n exclusão ou restauração", "%n exclusões ou restaurações"),
        "{name} adds nothing new: this database already has all of it.": (
            "{name} não acrescenta nada de novo: este banco de dados já tem tudo."
        ),
        "{name} would add: {what}.": "{name} acrescentaria: {what}.",
        "Added from {name}: {what}.": "Acrescentado de {name}: {what}.",
        "The plan “{title}” has other settings here; the local ones are kept.": (
            "O plano “{title}” tem outras configurações aqui; as locais são mantidas."
        ),
    },
    "PartyTabs": {
        "Agreed level": "Nível acordado",
        "Agreement note": "Nota do acordo",
        "Who records the consensus?": "Quem registra o consenso?",
        "Type your name in the Assessor box of the toolbar, then record the consensus again.": (
            "Digite seu nome na caixa Avaliador(a) da barra de ferramentas e registre o consenso novamente."
        ),
        "The consensus was not recorded": "O consenso não foi registrado",
        "Not re-scored": "Não foi pontuado de novo",
    },
    "PlanSettingsDialog": {
        "Give the plan a title.": "Dê um título ao plano.",
        "The end date must be after the start date.": "A data de término deve ser posterior à de início.",
        "At least one factor needs a weight above 0.": "Pelo menos um fator precisa de peso maior que 0.",
        "The forum needs at least one party.": "O fórum precisa de pelo menos uma parte.",
        "Every party needs a name: type one, or remove the empty row.": (
            "Cada parte precisa de um nome: digite um ou remova a linha vazia."
        ),
        "title “{value}”": "título “{value}”",
        "country “{value}”": "país “{value}”",
        "period {start} to {end}": "período de {start} a {end}",
        "{factor} weight {value}": "peso de {factor}: {value}",
        "parties: {names}": "partes: {names}",
        "Someone else saved this plan while you were editing it. Your values are shown below; OK saves "
        "them over theirs.": (
            "Outra pessoa salvou este plano enquanto você o editava. Seus valores aparecem abaixo; OK os "
            "salva no lugar dos dela."
        ),
        "Their saved version differs in: {list}.": "A versão salva por ela difere em: {list}.",
        "Plan settings — {title}": "Configurações do plano — {title}",
        "&Title:": "&Título:",
        "C&ountry:": "&País:",
        "&Period:": "Perí&odo:",
        "to": "a",
        "Plan title": "Título do plano",
        "Plan start date": "Data de início do plano",
        "Plan end date": "Data de término do plano",
        "Factor weights": "Pesos dos fatores",
        "{factor}:": "{factor}:",
        "Weight of {factor}": "Peso de {factor}",
        "Weights change the overall score of every commitment in this plan: a factor weighted 2 counts "
        "twice as much as one weighted 1. A weight of 0 leaves the factor out of the mean (a critical "
        "factor still raises the band).": (
            "Os pesos mudam a pontuação geral de cada compromisso deste plano: um fator com peso 2 conta o "
            "dobro de um com peso 1. Peso 0 deixa o fator fora da média (um fator crítico ainda eleva a "
            "faixa)."
        ),
        "&Equal weights": "Pesos &iguais",
        "Set every weight to 1": "Definir todos os pesos como 1",
        "Parties of the forum (who negotiates the plan)": "Partes do fórum (quem negocia o plano)",
        "&Add party": "&Adicionar parte",
        "&Remove party": "Re&mover parte",
        "Move &up": "&Subir",
        "Move &down": "&Descer",
    },
}
