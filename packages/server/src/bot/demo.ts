import type { BotConfig, BotTexts } from './flow.js';
import type { Localized } from './locale.js';

const t = (en: string, zhCN: string, zhTW: string): Localized => ({ en, 'zh-CN': zhCN, 'zh-TW': zhTW });

export const DEFAULT_BOT_TEXTS: BotTexts = {
  greeting: t('Hello! I am the Foyer Bank assistant. I can answer common questions, or put you through to a person.', '您好！我是 Foyer 银行智能助手，可以解答常见问题，也可以为您转接人工客服。', '您好！我是 Foyer 銀行智慧助理，可以解答常見問題，也可以為您轉接真人客服。'),
  chooseTopic: t('What can I help you with?', '请问有什么可以帮您？', '請問有什麼可以幫您？'),
  topicChosen: t('{topic}: here are answers to common questions.', '{topic}：以下是常见问题。', '{topic}：以下是常見問題。'),
  faqFollowUp: t('Did that answer your question?', '这解答了您的问题吗？', '這解答了您的問題嗎？'),
  helped: t('Yes, thanks', '是的，谢谢', '是的，謝謝'),
  notHelped: t('I still need help', '我还需要帮助', '我還需要協助'),
  gladToHelp: t('Glad I could help. Anything else?', '很高兴能帮到您。还有其他问题吗？', '很高興能幫上忙。還有其他問題嗎？'),
  detailsFormTitle: t('So that a colleague can help you quickly, tell me a little more.', '为了让同事尽快帮到您，请再告诉我一些信息。', '為了讓同事盡快協助您，請再告訴我一些資訊。'),
  productLabel: t('Product', '产品', '產品'),
  questionLabel: t('Your question', '您的问题', '您的問題'),
  submitLabel: t('Send', '提交', '送出'),
  askProduct: t('Which product is it about?', '请问是关于哪个产品？', '請問是關於哪個產品？'),
  noProduct: t('None of these', '都不是', '都不是'),
  askQuestion: t('What is your question? Please describe it in a sentence or two.', '请用一两句话描述您的问题。', '請用一兩句話描述您的問題。'),
  detailsNoted: t('Thank you, I have noted: {product}: "{question}". A colleague will see this when you talk to a person.', '谢谢，已记录：{product}：“{question}”。转接人工后，客服会看到这些信息。', '謝謝，已記錄：{product}：「{question}」。轉接真人後，客服會看到這些資訊。'),
  detailsMissing: t('Please write your question, so a colleague knows how to help.', '请填写您的问题，以便客服了解如何帮助您。', '請填寫您的問題，以便客服了解如何協助您。'),
  readyPrompt: t('Would you like to talk to a person now?', '现在需要转接人工客服吗？', '現在需要轉接真人客服嗎？'),
  restart: t('Start over', '重新开始', '重新開始'),
  escalate: t('Talk to a person', '转人工客服', '轉接真人客服'),
  // Neutral on purpose: whether a colleague is free, or a callback fits better, is the escalation's answer.
  escalateAck: t('Of course. Let me find a colleague for you.', '好的，正在为您查找可以接待的客服。', '好的，正在為您尋找可以協助的真人客服。'),
  fallback: t('Sorry, I did not understand that. Please choose a topic, or talk to a person.', '抱歉，我没有理解。请选择一个主题，或转接人工客服。', '抱歉，我沒有理解。請選擇一個主題，或轉接真人客服。'),
};

/** The demo bank's script, used when no config file (or no `bot` section) is given. */
export const DEMO_BOT: BotConfig = {
  enabled: true,
  name: t('Foyer Bank assistant', 'Foyer 银行助手', 'Foyer 銀行助理'),
  detailsMode: 'form',
  answerFormat: 'markdown',
  texts: DEFAULT_BOT_TEXTS,
  topics: [
    {
      id: 'cards',
      label: t('Cards', '银行卡', '卡片'),
      keywords: ['card', 'credit card', 'debit card', 'visa', 'mastercard', 'pin', '卡', '信用卡', '银行卡', '卡片', '金融卡'],
      products: [
        { id: 'credit-card', label: t('Credit card', '信用卡', '信用卡'), keywords: ['credit', '信用'] },
        { id: 'debit-card', label: t('Debit card', '借记卡', '簽帳金融卡'), keywords: ['debit', '借记', '金融卡', '簽帳'] },
      ],
      faq: [
        {
          id: 'lost-card',
          question: t('I lost my card or it was stolen', '银行卡丢失或被盗', '卡片遺失或被竊'),
          answer: t(
            '**Lost or stolen card**\n\nFreeze the card at once in the app (*Cards → Freeze*) or call **0800 123 456**, day and night. Then order a replacement; it arrives in 3-5 working days. You are not liable for payments made after you tell us.',
            '**银行卡丢失或被盗**\n\n请立即在 App 中冻结卡片（*银行卡 → 冻结*），或拨打 **0800 123 456**（24 小时）。随后申请补卡，3-5 个工作日寄达。挂失后发生的交易由银行承担。',
            '**卡片遺失或被竊**\n\n請立即在 App 中凍結卡片（*卡片 → 凍結*），或撥打 **0800 123 456**（24 小時）。之後申請補發，3-5 個工作天寄達。掛失後發生的交易由銀行承擔。',
          ),
          keywords: ['lost', 'stolen', 'missing', 'freeze', 'theft', '丢', '挂失', '被盗', '遗失', '冻结', '遺失', '被竊', '被偷', '掛失', '凍結'],
        },
        {
          id: 'card-limit',
          question: t('How do I change my card limit?', '如何调整信用额度？', '如何調整信用額度？'),
          answer: t(
            '**Card limits**\n\nIn the app go to *Cards → Limits*. Daily spending and cash limits change at once; a higher credit limit needs a short application and is usually decided within 2 working days.',
            '**信用额度**\n\n在 App 中进入 *银行卡 → 额度*。每日消费和取现额度即时生效；提高信用额度需简单申请，一般 2 个工作日内答复。',
            '**信用額度**\n\n在 App 中進入 *卡片 → 額度*。每日消費與提款額度即時生效；提高信用額度需簡單申請，一般 2 個工作天內回覆。',
          ),
          keywords: ['limit', 'limits', 'increase', 'raise', '额度', '限额', '額度', '限額'],
        },
      ],
    },
    {
      id: 'loans',
      label: t('Loans', '贷款', '貸款'),
      keywords: ['loan', 'loans', 'mortgage', 'borrow', 'credit line', '贷款', '房贷', '借款', '貸款', '房貸'],
      products: [
        { id: 'personal-loan', label: t('Personal loan', '个人贷款', '個人信貸'), keywords: ['personal', '个人', '個人', '信貸'] },
        { id: 'mortgage', label: t('Mortgage', '房屋贷款', '房屋貸款'), keywords: ['mortgage', 'home', 'house', '房'] },
      ],
      faq: [
        {
          id: 'loan-rates',
          question: t('What are your interest rates?', '贷款利率是多少？', '貸款利率是多少？'),
          answer: t(
            '**Interest rates**\n\nPersonal loans start at **5.9 % APR** and mortgages at **3.2 %** fixed for 5 years. Your own rate depends on the amount, term and your credit history; the loan calculator in the app shows it without affecting your credit score.',
            '**贷款利率**\n\n个人贷款年利率 **5.9%** 起，房屋贷款 5 年固定利率 **3.2%** 起。实际利率取决于金额、期限和信用记录；App 中的贷款计算器可查询，不影响信用评分。',
            '**貸款利率**\n\n個人信貸年利率 **5.9%** 起，房屋貸款 5 年固定利率 **3.2%** 起。實際利率依金額、期限與信用紀錄而定；App 中的貸款試算不影響信用評分。',
          ),
          keywords: ['rate', 'rates', 'interest', 'apr', '利率', '利息'],
        },
        {
          id: 'loan-apply',
          question: t('How do I apply for a loan?', '如何申请贷款？', '如何申請貸款？'),
          answer: t(
            '**Applying**\n\nApply in the app or online banking under *Loans → Apply*. Have your ID, last three payslips and, for a mortgage, the property details ready. Most personal loans are decided the same day.',
            '**申请贷款**\n\n在 App 或网上银行的 *贷款 → 申请* 中办理。请准备身份证件、最近三个月工资单；房屋贷款还需房产信息。多数个人贷款当天审批。',
            '**申請貸款**\n\n在 App 或網路銀行的 *貸款 → 申請* 中辦理。請準備身分證件、最近三個月薪資單；房屋貸款另需不動產資料。多數個人信貸當天核貸。',
          ),
          keywords: ['apply', 'application', 'eligible', 'eligibility', '申请', '申請', '资格', '資格'],
        },
      ],
    },
    {
      id: 'accounts',
      label: t('Accounts and transfers', '账户与转账', '帳戶與轉帳'),
      keywords: ['account', 'accounts', 'transfer', 'payment', 'balance', 'iban', 'statement', '账户', '转账', '余额', '汇款', '帳戶', '轉帳', '餘額', '匯款'],
      products: [
        { id: 'current-account', label: t('Current account', '活期账户', '活期帳戶'), keywords: ['current', 'checking', '活期'] },
        { id: 'savings-account', label: t('Savings account', '储蓄账户', '儲蓄帳戶'), keywords: ['saving', 'savings', '储蓄', '儲蓄', '定期'] },
      ],
      faq: [
        {
          id: 'transfer-time',
          question: t('When will my transfer arrive?', '转账多久到账？', '轉帳多久入帳？'),
          answer: t(
            '**Transfer times**\n\nTransfers between Foyer accounts arrive at once. Domestic transfers arrive within 2 hours on working days; international ones take 1-3 working days. Check the status under *Payments → History*.',
            '**到账时间**\n\nFoyer 账户之间转账即时到账；境内转账工作日 2 小时内到账；跨境汇款需 1-3 个工作日。可在 *付款 → 记录* 查看状态。',
            '**入帳時間**\n\nFoyer 帳戶間轉帳即時入帳；國內轉帳營業日 2 小時內入帳；跨境匯款需 1-3 個營業日。可在 *付款 → 紀錄* 查看狀態。',
          ),
          keywords: ['arrive', 'how long', 'pending', 'delayed', 'not received', '到账', '多久', '入帳', '到帳', '延迟', '延遲'],
        },
        {
          id: 'statement',
          question: t('Where do I find my statements?', '在哪里查看对账单？', '在哪裡查看對帳單？'),
          answer: t(
            '**Statements**\n\nStatements for the last 7 years are under *Accounts → Documents* in the app and online banking, as PDF. Paper statements can be ordered there too.',
            '**对账单**\n\n最近 7 年的对账单可在 App 和网上银行的 *账户 → 文件* 中下载 PDF，也可申请纸质对账单。',
            '**對帳單**\n\n最近 7 年的對帳單可在 App 與網路銀行的 *帳戶 → 文件* 中下載 PDF，也可申請紙本對帳單。',
          ),
          keywords: ['statement', 'statements', 'document', '对账单', '账单', '對帳單', '帳單'],
        },
      ],
    },
    { id: 'other', label: t('Something else', '其他问题', '其他問題'), keywords: [], products: [], faq: [] },
  ],
};
