import LucideCalendarCheck from "lucide-react/dist/esm/icons/calendar-check.mjs"
import LucideCircleAlert from "lucide-react/dist/esm/icons/circle-alert.mjs"
import {Box as RadixThemesBox,Callout as RadixThemesCallout,Card as RadixThemesCard,Code as RadixThemesCode,Flex as RadixThemesFlex,Heading as RadixThemesHeading,Link as RadixThemesLink,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Fragment,useEffect,useRef} from "react"
import {refs} from "$/utils/state"
import {Bare_comp_54a33db77f524c96d1b423dd4e98fbea_2a0b006c,Bare_comp_93bb2edd2fe90395c7c14aa917a1eaae_2a0b006c,Button_button_284c82591f12a48ea764457009788812_2a0b006c,Cond_comp_4d1e14e99814ae754e47654d038ebea8_2a0b006c,Cond_comp_b487faa38915d3d9a7832ce2b59be7bd_2a0b006c,Foreach_comp_303eb27e4c7a810f326c695e234df4f0_2a0b006c,Form_root_1644eb122a6c7240d1c7f8c4225f7cab_2a0b006c} from "$/app_components/myecoach/pages/sign_in"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"





function Component() {
const ref_email = useRef(null); refs["ref_email"] = ref_email;
const ref_password = useRef(null); refs["ref_password"] = ref_password;

  return (
    jsx(Fragment,{},jsx("main",{css:({ ["display"] : "flex", ["justifyContent"] : "center", ["alignItems"] : "center", ["minHeight"] : "100vh", ["padding"] : "1rem", ["background"] : "var(--gray-2)" })},jsx(RadixThemesCard,{css:({ ["width"] : "100%", ["maxWidth"] : "26rem" }),size:"4"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3"},jsx(LucideCalendarCheck,{size:28},),jsx(RadixThemesText,{as:"p",size:"7",weight:"bold"},"myecoach")),jsx(RadixThemesText,{as:"p",color:"gray"},"Arrange and keep track of your coaching sessions."),jsx(RadixThemesHeading,{as:"h1",css:({ ["marginTop"] : "0.5rem" }),size:"5"},"Sign in"),jsx(Form_root_1644eb122a6c7240d1c7f8c4225f7cab_2a0b006c,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{className:"field-label",htmlFor:"email"},"Email"),jsx(RadixThemesTextField.Root,{autoComplete:"username",css:({ ["width"] : "100%" }),id:"email",name:"email",ref:ref_email,required:true,size:"3",type:"email"},)),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx("label",{className:"field-label",htmlFor:"password"},"Password"),jsx(RadixThemesTextField.Root,{autoComplete:"current-password",css:({ ["width"] : "100%" }),id:"password",name:"password",ref:ref_password,required:true,size:"3",type:"password"},)),jsx(Fragment,{},jsx(Cond_comp_4d1e14e99814ae754e47654d038ebea8_2a0b006c,{},jsx(Fragment,{},jsx(RadixThemesCallout.Root,{color:"red",css:({ ["icon"] : "circle-alert", ["width"] : "100%" }),role:"alert"},jsx(RadixThemesCallout.Icon,{},jsx(LucideCircleAlert,{},)),jsx(RadixThemesCallout.Text,{},jsx(Bare_comp_54a33db77f524c96d1b423dd4e98fbea_2a0b006c,{},)))),jsx(Fragment,{},))),jsx(Button_button_284c82591f12a48ea764457009788812_2a0b006c,{},"Sign in"))),jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"2"},jsx(ReactRouterLink,{to:"/forgot-password"},"Forgot your password?")),jsx(Fragment,{},jsx(Cond_comp_b487faa38915d3d9a7832ce2b59be7bd_2a0b006c,{},jsx(Fragment,{},jsx(RadixThemesBox,{css:({ ["borderTop"] : "1px solid var(--gray-a5)", ["paddingTop"] : "1rem", ["width"] : "100%" })},jsx(RadixThemesHeading,{as:"h2",css:({ ["marginBottom"] : "0.5rem" }),size:"3"},"Demo accounts"),jsx(RadixThemesText,{as:"p",size:"2"},"Password for all: ",jsx(RadixThemesCode,{},jsx(Bare_comp_93bb2edd2fe90395c7c14aa917a1eaae_2a0b006c,{},))),jsx("ul",{css:({ ["fontSize"] : "var(--font-size-2)", ["paddingLeft"] : "1.2rem", ["marginTop"] : "0.5rem" })},jsx(Foreach_comp_303eb27e4c7a810f326c695e234df4f0_2a0b006c,{},)))),jsx(Fragment,{},)))))),jsx("title",{},"Sign in \u00b7 myecoach"),jsx("meta",{content:"favicon.ico",property:"og:image"},))
  )
}
Component.displayName = "Component(sign-in)";

export default Component;
