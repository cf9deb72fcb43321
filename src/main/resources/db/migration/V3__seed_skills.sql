-- The first skill taxonomy, from the article the product started with (see DOMAIN.md): ten areas, each with its
-- sub-skills. Admins extend it from then on. Parents are found by slug, so no id is ever written down.

insert into skill (slug, name_en, name_zh, synonyms, position)
values ('ml-fundamentals',              'ML fundamentals',              '机器学习基础',     '{machine learning basics,机器学习}', 0),
       ('libraries-and-tools',          'Libraries and tools',          '库与工具',         '{frameworks,ML frameworks,框架}', 1),
       ('research-literacy',            'Research literacy',            '科研素养',         '{research,科研}', 2),
       ('data-and-feature-engineering', 'Data and feature engineering', '数据与特征工程',   '{feature engineering,data engineering,特征工程}', 3),
       ('modeling',                     'Modeling',                     '建模',             '{modelling,model building}', 4),
       ('deployment-and-scale',         'Deployment and scale',         '部署与规模化',     '{MLOps,production ML,模型部署}', 5),
       ('business-alignment',           'Business alignment',           '业务对齐',         '{business value,业务价值}', 6),
       ('roi-and-trade-offs',           'ROI and trade-offs',           '投入产出与权衡',   '{ROI,return on investment,投资回报率}', 7),
       ('experimentation',              'Experimentation',              '实验',             '{experiments,实验设计}', 8),
       ('career-growth',                'Career growth',                '职业发展',         '{career development,职业成长}', 9);

insert into skill (slug, name_en, name_zh, synonyms, position, parent_id)
select c.slug, c.name_en, c.name_zh, c.synonyms::varchar(120)[], c.position, p.id
from (values
    ('ml-fundamentals', 'supervised-learning',   'Supervised learning',   '监督学习',         '{}', 0),
    ('ml-fundamentals', 'unsupervised-learning', 'Unsupervised learning', '无监督学习',       '{clustering,聚类}', 1),
    ('ml-fundamentals', 'classification',        'Classification',        '分类',             '{classifiers,分类模型}', 2),
    ('ml-fundamentals', 'regression',            'Regression',            '回归',             '{regression models,回归模型}', 3),
    ('ml-fundamentals', 'deep-learning',         'Deep learning',         '深度学习',         '{DL,neural networks,神经网络}', 4),
    ('ml-fundamentals', 'error-metrics',         'Error metrics',         '误差指标',         '{evaluation metrics,评估指标}', 5),
    ('ml-fundamentals', 'objective-functions',   'Objective functions',   '目标函数',         '{loss functions,cost functions,损失函数}', 6),
    ('ml-fundamentals', 'limits-of-methods',     'Limits of methods',     '方法的局限性',     '{model limitations,方法局限}', 7),

    ('libraries-and-tools', 'tensorflow',      'TensorFlow',                    'TensorFlow',          '{TF,Keras}', 0),
    ('libraries-and-tools', 'pytorch',         'PyTorch',                       'PyTorch',             '{torch}', 1),
    ('libraries-and-tools', 'scikit-learn',    'scikit-learn',                  'scikit-learn',        '{sklearn}', 2),
    ('libraries-and-tools', 'kaggle-practice', 'Kaggle-style practice projects', 'Kaggle 式练习项目', '{Kaggle,Kaggle competitions,数据竞赛}', 3),

    ('research-literacy', 'reading-papers',        'Reading papers',         '阅读论文',         '{paper reading,读论文}', 0),
    ('research-literacy', 'conferences',           'Conferences',            '学术会议',         '{KDD,NeurIPS,ICML,顶会}', 1),
    ('research-literacy', 'nlp-for-search',        'NLP for search',         '面向搜索的自然语言处理', '{NLP,search relevance,information retrieval,自然语言处理,信息检索}', 2),
    ('research-literacy', 'word-embeddings',       'Word embeddings',        '词嵌入',           '{Word2Vec,词向量}', 3),
    ('research-literacy', 'transformers',          'Transformers',           'Transformer 模型', '{BERT,attention,注意力机制}', 4),
    ('research-literacy', 'large-language-models', 'Large language models',  '大语言模型',       '{LLM,LLMs,大模型}', 5),

    ('data-and-feature-engineering', 'problem-understanding', 'Problem understanding',            '问题理解',         '{understanding the problem,理解问题}', 0),
    ('data-and-feature-engineering', 'finding-data-sources',  'Finding data sources',             '寻找数据源',       '{data sourcing,data collection,数据收集}', 1),
    ('data-and-feature-engineering', 'data-cleaning',         'Data cleaning and preprocessing',  '数据清洗与预处理', '{data preprocessing,data wrangling,数据预处理}', 2),

    ('modeling', 'domain-understanding', 'Domain understanding', '领域理解',     '{domain knowledge,领域知识}', 0),
    ('modeling', 'problem-formulation',  'Problem formulation',  '问题建模',     '{problem framing,问题定义}', 1),
    ('modeling', 'objective-choice',     'Choosing the objective', '目标选择',   '{choosing a loss,选择目标函数}', 2),
    ('modeling', 'baselines',            'Baselines',            '基线模型',     '{baseline models,基线}', 3),
    ('modeling', 'model-training',       'Model training',       '模型训练',     '{training,训练}', 4),

    ('deployment-and-scale', 'serving-at-scale',       'Serving at scale',                   '大规模模型服务',   '{model serving,SageMaker,TensorFlow Serving,模型服务}', 0),
    ('deployment-and-scale', 'robustness',             'Robustness',                         '鲁棒性',           '{reliability,稳健性}', 1),
    ('deployment-and-scale', 'production-integration', 'Integration with production traffic', '接入生产流量',   '{production integration,online serving,线上集成}', 2),
    ('deployment-and-scale', 'latency-budgets',        'Latency budgets',                    '延迟预算',         '{latency,inference latency,推理延迟}', 3),

    ('business-alignment', 'business-and-user-goals', 'Business and user goals',         '业务与用户目标',   '{product goals,业务目标,用户目标}', 0),
    ('business-alignment', 'problem-statements',      'Problem statements',              '问题陈述',         '{problem definition,需求定义}', 1),
    ('business-alignment', 'hypothesis-validation',   'Validating hypotheses with data', '用数据验证假设',   '{data-driven decisions,hypothesis testing,假设检验}', 2),
    ('business-alignment', 'interpretability',        'Interpretability',                '可解释性',         '{explainability,explainable AI,XAI,可解释 AI}', 3),

    ('roi-and-trade-offs', 'resource-trade-offs',  'Time, resource and performance trade-offs', '时间、资源与性能的权衡', '{trade-offs,权衡}', 0),
    ('roi-and-trade-offs', 'milestones',           'Milestones',                                '里程碑',                 '{project planning,项目规划}', 1),
    ('roi-and-trade-offs', 'cost-of-large-models', 'Cost of large models',                      '大模型成本',             '{compute cost,GPU cost,算力成本}', 2),
    ('roi-and-trade-offs', 'efficient-iteration',  'Iterating from resource-efficient models',  '从资源高效的模型起步迭代', '{start simple,lightweight models,轻量模型}', 3),

    ('experimentation', 'due-diligence',          'Due diligence',                    '尽职调查',         '{prior research,前期调研}', 0),
    ('experimentation', 'learning-from-feedback', 'Learning from feedback and metrics', '从反馈与指标中学习', '{feedback loops,反馈闭环}', 1),
    ('experimentation', 'learning-from-failures', 'Learning from failures',           '从失败中学习',     '{post-mortems,复盘}', 2),
    ('experimentation', 'ab-testing',             'A/B testing',                      'A/B 测试',         '{A/B testing,AB testing,split testing,AB 测试}', 3),

    ('career-growth', 'performance-reviews',  'Performance reviews',      '绩效评估',     '{performance evaluation,绩效考核}', 0),
    ('career-growth', 'playing-to-strengths', 'Playing to your strengths', '发挥自身优势', '{strengths,个人优势}', 1),
    ('career-growth', 'asking-for-help',      'Asking for help',          '寻求帮助',     '{seeking help,求助}', 2),
    ('career-growth', 'mentoring-others',     'Mentoring others',         '指导他人',     '{mentoring,mentorship,带新人}', 3),
    ('career-growth', 'networking',           'Networking',               '建立人脉',     '{professional network,人脉,社交}', 4)
) as c (parent_slug, slug, name_en, name_zh, synonyms, position)
join skill p on p.slug = c.parent_slug;
